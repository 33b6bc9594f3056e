package vn.laocai.museum.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.search.GraphIndexer;
import vn.laocai.museum.search.SearchHit;
import vn.laocai.museum.search.SearchIndex;
import vn.laocai.museum.search.SearchRequest;

/**
 * The museum's relevance suite over the shipped corpus: for each query of
 * {@code search/relevance-queries.tsv} — any script, with or without diacritics, names in every
 * language, typos, described needs — the resource a visitor means must come first.
 */
class RelevanceSuiteTest {

    private static final String ID = "https://w3id.org/laocai-herbs/id/";

    @TempDir
    static Path directory;

    private static Tdb2GraphStore store;
    private static SearchIndex index;

    /** One line of the suite. */
    record Case(String query, String expected, String kind) {
        @Override
        public String toString() {
            return kind + ": " + query;
        }
    }

    @BeforeAll
    static void indexTheCorpus() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        index = SearchIndex.inMemory();
        new GraphIndexer(store, index).rebuild();
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = RelevanceSuiteTest.class.getResourceAsStream("/search/relevance-queries.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(cells -> new Case(cells[0], cells[1], cells[2]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_meant_resource_comes_first(Case test) {
        List<SearchHit> hits = index.search(SearchRequest.of(test.query()).page(0, 3)).hits();
        assertThat(hits).as("hits for %s", test.query()).isNotEmpty();
        assertThat(hits.getFirst().iri()).as("first hit for %s among %s", test.query(),
                hits.stream().map(SearchHit::iri).toList()).isEqualTo(ID + test.expected());
    }

    @Test
    void the_suite_covers_at_least_forty_queries_of_every_kind() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().map(Case::kind).distinct().toList()).contains("unaccented Vietnamese", "upper case",
                "Latin name", "Latin synonym", "genus", "Chinese characters", "pinyin with tones", "pinyin without tones",
                "English", "H'Mông name", "Dao name", "Tày name", "typo", "descriptive phrase");
    }
}
