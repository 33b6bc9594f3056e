package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2GraphStoreTest {

    @TempDir
    Path directory;

    @Test
    void written_triples_are_read_back_from_their_named_graph_only() {
        try (Tdb2GraphStore store = Fixtures.storeWithSpecies(directory)) {
            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(Fixtures.species().size());
            assertThat(store.size(MuseumGraph.RESTRICTED)).isZero();
            var rows = store.select(MuseumGraph.PUBLIC,
                    QueryFactory.create("SELECT ?name WHERE { ?s <https://schema.org/name> ?name FILTER(lang(?name) = ?lang) }"),
                    Map.of("lang", ResourceFactory.createPlainLiteral("en")));
            assertThat(rows).extracting(row -> row.getLiteral("name").getLexicalForm())
                    .containsExactlyInAnyOrder("Notoginseng", "Dong quai");
        }
    }

    @Test
    void data_survives_closing_and_reopening_the_store() {
        try (Tdb2GraphStore store = Fixtures.storeWithSpecies(directory)) {
            assertThat(store.size(MuseumGraph.PUBLIC)).isPositive();
        }
        try (Tdb2GraphStore reopened = Tdb2GraphStore.open(directory)) {
            assertThat(reopened.size(MuseumGraph.PUBLIC)).isEqualTo(Fixtures.species().size());
        }
    }

    @Test
    void a_write_that_fails_midway_changes_nothing() {
        try (Tdb2GraphStore store = Fixtures.storeWithSpecies(directory)) {
            long before = store.size(MuseumGraph.PUBLIC);
            Model extra = ModelFactory.createDefaultModel();
            extra.createResource("https://example.org/x").addProperty(MuseumVocab.SLUG, "x");
            assertThatThrownBy(() -> store.write(writer -> {
                writer.clear(MuseumGraph.PUBLIC);
                writer.add(MuseumGraph.PUBLIC, extra);
                throw new IllegalStateException("power cut");
            })).hasMessageContaining("power cut");
            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(before);
        }
    }

    @Test
    void removing_a_resource_removes_its_fragment_resources_but_not_its_neighbours() {
        try (Tdb2GraphStore store = Fixtures.storeWithSpecies(directory)) {
            store.write(writer -> writer.removeResource(MuseumGraph.PUBLIC,
                    ResourceFactory.createResource(MuseumVocab.speciesIri("panax-notoginseng"))));
            SpeciesCatalog catalog = new SpeciesCatalog(store);
            assertThat(catalog.find("panax-notoginseng", "vi")).isEmpty();
            assertThat(catalog.find("angelica-sinensis", "vi")).isPresent();
            var leftovers = store.select(MuseumGraph.PUBLIC, QueryFactory.create(
                    "SELECT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + MuseumVocab.speciesIri("panax-notoginseng") + "\")) }"),
                    Map.of());
            assertThat(leftovers).isEmpty();
        }
    }

    @Test
    void health_reports_the_store_and_its_size() {
        try (Tdb2GraphStore store = Fixtures.storeWithSpecies(directory)) {
            ComponentHealth health = store.health();
            assertThat(health.up()).isTrue();
            assertThat(health.detail()).contains("TDB2").contains(Long.toString(Fixtures.species().size()));
        }
    }
}
