package vn.laocai.museum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** What the corpus files say of a record is exactly what a load writes of it: the version a dropped staff correction returns to. */
class CorpusRecordsTest {

    private static final String AREA = MuseumVocab.ID + "area/bxt-yty-0001";
    private static final String PRODUCT = MuseumVocab.ID + "ocop/tinh-dau-que-bao-yen";

    @TempDir
    Path directory;

    @Test
    void a_record_and_its_named_sources_read_from_the_files_are_the_triples_a_load_writes() {
        List<ContentFile> corpus = ContentLoaderTest.shippedCorpus();
        try (Tdb2GraphStore store = Tdb2GraphStore.open(directory)) {
            new ContentLoader(store).load(corpus);
            for (String iri : List.of(AREA, PRODUCT)) {
                Model loaded = store.construct(MuseumGraph.PUBLIC, QueryFactory.create("""
                        CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <%s> || STRSTARTS(STR(?s), "%s#")) }""".formatted(iri, iri)), Map.of());

                Model read = CorpusRecords.describe(corpus, List.of(iri));

                assertThat(read.size()).as(iri).isGreaterThan(5);
                assertThat(read.isIsomorphicWith(loaded)).as(iri).isTrue();
            }
            assertThat(CorpusRecords.describe(corpus, List.of(PRODUCT)).listSubjects().toList()).as("the cited source is a named fragment")
                    .anyMatch(subject -> subject.getURI().startsWith(PRODUCT + "#"));
        }
    }

    @Test
    void a_record_the_corpus_does_not_have_reads_as_nothing() {
        assertThat(CorpusRecords.describe(ContentLoaderTest.shippedCorpus(), List.of(MuseumVocab.ID + "area/bxt-yty-0999")).isEmpty()).isTrue();
    }
}
