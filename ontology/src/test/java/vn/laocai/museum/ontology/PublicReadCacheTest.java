package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogs keep what they read from the public graph until the next write of it: a page read
 * right after a publish shows the publish, and the restricted graph is never kept.
 */
class PublicReadCacheTest {

    private static final String TAM_THAT = MuseumVocab.speciesIri("panax-notoginseng");

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private SpeciesCatalog species;

    @BeforeEach
    void open() {
        store = Fixtures.storeWithSpecies(directory);
        species = new SpeciesCatalog(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_species_read_after_a_write_of_the_public_graph_shows_the_write() {
        assertThat(species.find("panax-notoginseng", "vi").orElseThrow().narrativeMarkdown()).contains("Si Ma Cai");

        store.write(writer -> {
            writer.remove(MuseumGraph.PUBLIC, narrative("Tam thất được trồng ở **Si Ma Cai**."));
            writer.add(MuseumGraph.PUBLIC, narrative("Tam thất được trồng ở **Mường Khương**."));
        });

        assertThat(species.find("panax-notoginseng", "vi").orElseThrow().narrativeMarkdown())
                .contains("Mường Khương").doesNotContain("Si Ma Cai");
        assertThat(species.list("vi")).extracting(SpeciesSummary::slug).contains("panax-notoginseng");

        store.write(writer -> writer.removeResource(MuseumGraph.PUBLIC, ResourceFactory.createResource(TAM_THAT)));

        assertThat(species.find("panax-notoginseng", "vi")).isEmpty();
        assertThat(species.list("vi")).extracting(SpeciesSummary::slug).doesNotContain("panax-notoginseng");
    }

    @Test
    void only_writes_that_touch_the_public_graph_move_its_version() {
        long before = store.publicVersion().orElseThrow();

        store.write(writer -> writer.add(MuseumGraph.DRAFTS, narrative("Bản nháp.")));
        assertThat(store.publicVersion()).hasValue(before);

        store.write(writer -> writer.add(MuseumGraph.PUBLIC, narrative("Thêm một câu.")));
        assertThat(store.publicVersion()).hasValue(before + 1);
    }

    @Test
    void the_reference_data_is_read_once_per_language_until_the_public_graph_changes() {
        ReferenceCatalog references = new ReferenceCatalog(store);
        References first = references.read("vi");
        assertThat(references.read("vi")).isSameAs(first);
        assertThat(references.read("en")).isNotSameAs(first);

        store.write(writer -> writer.add(MuseumGraph.PUBLIC, narrative("Thêm một câu.")));

        assertThat(references.read("vi")).isNotSameAs(first);
    }

    @Test
    void a_restricted_record_read_by_its_keepers_is_never_served_from_the_public_catalog() {
        store.write(writer -> {
            writer.add(MuseumGraph.RESTRICTED, Fixtures.restrictedDocuments());
            writer.add(MuseumGraph.PUBLIC, Fixtures.documents());
        });
        DocumentCatalog restricted = DocumentCatalog.restricted(store);
        DocumentCatalog open = new DocumentCatalog(store);

        assertThat(restricted.find(DocumentKind.KNOWLEDGE, "secret-bath-recipes", "vi")).isPresent();
        assertThat(open.find(DocumentKind.KNOWLEDGE, "secret-bath-recipes", "vi")).isEmpty();
        assertThat(open.list(DocumentKind.KNOWLEDGE, "vi")).extracting(Document.Link::slug).doesNotContain("secret-bath-recipes");
        assertThat(restricted.find(DocumentKind.KNOWLEDGE, "secret-bath-recipes", "vi")).isPresent();
    }

    @Test
    void a_store_that_cannot_tell_its_version_is_read_every_time() {
        GraphStore unversioned = new GraphStore() {
            @Override
            public java.util.List<org.apache.jena.query.QuerySolution> select(MuseumGraph graph, org.apache.jena.query.Query query,
                    java.util.Map<String, ? extends org.apache.jena.rdf.model.RDFNode> bindings) {
                return store.select(graph, query, bindings);
            }

            @Override
            public Model construct(MuseumGraph graph, org.apache.jena.query.Query query,
                    java.util.Map<String, ? extends org.apache.jena.rdf.model.RDFNode> bindings) {
                return store.construct(graph, query, bindings);
            }

            @Override
            public <T> T queryPublic(org.apache.jena.query.Query query, java.time.Duration timeout,
                    java.util.function.Function<org.apache.jena.query.QueryExecution, T> reader) {
                return store.queryPublic(query, timeout, reader);
            }

            @Override
            public void write(java.util.function.Consumer<GraphWriter> changes) {
                store.write(changes);
            }

            @Override
            public long size(MuseumGraph graph) {
                return store.size(graph);
            }

            @Override
            public ComponentHealth health() {
                return store.health();
            }

            @Override
            public void close() {}
        };
        ReferenceCatalog references = new ReferenceCatalog(unversioned);
        assertThat(references.read("vi")).isNotSameAs(references.read("vi"));
    }

    private static Model narrative(String text) {
        Model model = ModelFactory.createDefaultModel();
        model.add(ResourceFactory.createResource(TAM_THAT), MuseumVocab.NARRATIVE, ResourceFactory.createLangLiteral(text, "vi"));
        return model;
    }
}
