package vn.laocai.museum.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench search} on the corpus plus a few hundred generated herbs; timings are not checked. */
class SearchBenchTest {

    @TempDir
    Path work;

    @Test
    void the_report_has_every_row_and_compares_with_the_baseline() throws Exception {
        SearchBench bench = new SearchBench();
        bench.docs = 300;
        bench.queries = 40;
        bench.baselineSample = 5;
        SearchBenchReport report = bench.run(work);
        String table = report.table();
        assertThat(report.indexedDocuments()).isEqualTo(report.corpusDocuments() + 300);
        assertThat(report.single().timing().millis()).hasSize(40);
        assertThat(report.two().timing().millis()).hasSize(40);
        assertThat(report.baseline().timing().millis()).hasSize(5);
        assertThat(table).contains("search, 1 thread", "search, 2 threads", "suggest, 1 thread", "SPARQL regex baseline",
                "baseline on a sample of 5 of the 40 queries", "speed-up over the baseline", "goals:");
        assertThat(report.indexBytes()).isPositive();
    }

    @Test
    void the_regex_of_the_baseline_matches_the_text_literally() {
        assertThat(SearchBench.quote("Amomum tsao-ko (var.)")).isEqualTo("Amomum tsao\\-ko \\(var\\.\\)");
    }

    @Test
    void the_generated_herbs_are_the_same_for_the_same_seed() {
        assertThat(new SyntheticHerbs(7).generate(50)).isEqualTo(new SyntheticHerbs(7).generate(50));
        assertThat(new SyntheticHerbs(7).generate(50)).isNotEqualTo(new SyntheticHerbs(8).generate(50));
    }
}
