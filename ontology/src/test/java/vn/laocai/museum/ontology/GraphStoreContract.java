package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GraphStore} must do, run once per implementation by a subclass that says how
 * to open an empty store. Each test opens its store and closes it.
 */
abstract class GraphStoreContract {

    private static final Resource TAM_THAT = ResourceFactory.createResource(MuseumVocab.speciesIri("panax-notoginseng"));

    /** A store with nothing in it, on the same data each time the test calls it. */
    protected abstract GraphStore openEmptyStore();

    /** What {@link GraphStore#health()} calls the store, e.g. "TDB2" or the endpoint URL. */
    protected abstract String healthNames();

    protected final GraphStore storeWithSpecies() {
        return Fixtures.withSpecies(openEmptyStore());
    }

    @Test
    void written_triples_are_read_back_from_their_named_graph_only() {
        try (GraphStore store = storeWithSpecies()) {
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
    void a_query_sees_neither_the_other_graphs_nor_their_names() {
        try (GraphStore store = storeWithSpecies()) {
            store.write(writer -> writer.add(MuseumGraph.RESTRICTED, oneTriple("https://example.org/secret", "hidden")));
            var everything = QueryFactory.create("SELECT ?s WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
            assertThat(store.select(MuseumGraph.PUBLIC, everything, Map.of()))
                    .extracting(row -> row.getResource("s").getURI())
                    .doesNotContain("https://example.org/secret");
            assertThat(store.select(MuseumGraph.RESTRICTED, everything, Map.of()))
                    .extracting(row -> row.getResource("s").getURI())
                    .containsExactly("https://example.org/secret");
        }
    }

    @Test
    void a_write_that_fails_midway_changes_nothing() {
        try (GraphStore store = storeWithSpecies()) {
            long before = store.size(MuseumGraph.PUBLIC);
            Model extra = oneTriple("https://example.org/x", "x");
            assertThatThrownBy(() -> store.write(writer -> {
                writer.clear(MuseumGraph.PUBLIC);
                writer.add(MuseumGraph.PUBLIC, extra);
                throw new IllegalStateException("power cut");
            })).hasMessageContaining("power cut");
            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(before);
        }
    }

    @Test
    void the_changes_of_one_write_apply_in_the_order_they_were_made() {
        try (GraphStore store = storeWithSpecies()) {
            store.write(writer -> {
                writer.add(MuseumGraph.RESTRICTED, oneTriple("https://example.org/kept", "kept"));
                writer.clear(MuseumGraph.PUBLIC);
                writer.add(MuseumGraph.PUBLIC, oneTriple("https://example.org/x", "x"));
            });
            assertThat(store.size(MuseumGraph.PUBLIC)).isOne();
            assertThat(store.size(MuseumGraph.RESTRICTED)).isOne();
        }
    }

    @Test
    void removing_a_resource_removes_its_fragment_resources_but_not_its_neighbours() {
        try (GraphStore store = storeWithSpecies()) {
            // Shares the text before '#' but is another resource: it must stay.
            store.write(writer -> writer.add(MuseumGraph.PUBLIC, oneTriple(TAM_THAT.getURI() + "-wild", "wild")));
            store.write(writer -> writer.removeResource(MuseumGraph.PUBLIC, TAM_THAT));
            SpeciesCatalog catalog = new SpeciesCatalog(store);
            assertThat(catalog.find("panax-notoginseng", "vi")).isEmpty();
            assertThat(catalog.find("angelica-sinensis", "vi")).isPresent();
            var leftovers = store.select(MuseumGraph.PUBLIC, QueryFactory.create(
                    "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + TAM_THAT.getURI() + "\")) }"),
                    Map.of());
            assertThat(leftovers).extracting(row -> row.getResource("s").getURI())
                    .containsExactly(TAM_THAT.getURI() + "-wild");
        }
    }

    @Test
    void removing_triples_removes_exactly_those_and_ignores_absent_ones_in_public_queries_too() {
        try (GraphStore store = storeWithSpecies()) {
            long before = store.size(MuseumGraph.PUBLIC);
            Model doomed = ModelFactory.createDefaultModel();
            doomed.add(TAM_THAT, MuseumVocab.SLUG, "panax-notoginseng");
            doomed.add(TAM_THAT, MuseumVocab.SLUG, "not-in-the-graph");
            store.write(writer -> writer.remove(MuseumGraph.PUBLIC, doomed));

            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(before - 1);
            assertThat(publicAsk(store, "panax-notoginseng")).isFalse();
            assertThat(publicAsk(store, "angelica-sinensis")).isTrue();
        }
    }

    private static boolean publicAsk(GraphStore store, String slug) {
        Boolean answer = store.queryPublic(QueryFactory.create("ASK { ?s <" + MuseumVocab.SLUG.getURI() + "> \"" + slug + "\" }"),
                java.time.Duration.ofSeconds(10), execution -> execution.execAsk());
        return answer;
    }

    @Test
    void construct_and_describe_return_detached_copies_of_one_graph() {
        try (GraphStore store = storeWithSpecies()) {
            Model all = store.construct(MuseumGraph.PUBLIC,
                    QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), Map.of());
            assertThat(all.isIsomorphicWith(Fixtures.species())).isTrue();
            all.removeAll();
            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(Fixtures.species().size());

            Model described = store.construct(MuseumGraph.PUBLIC, QueryFactory.create("DESCRIBE ?species"),
                    Map.of("species", TAM_THAT));
            assertThat(described.contains(TAM_THAT, MuseumVocab.SLUG, "panax-notoginseng")).isTrue();
            assertThat(described.listSubjects().toList()).allMatch(s -> s.getURI().startsWith(TAM_THAT.getURI()));
            assertThat(store.construct(MuseumGraph.RESTRICTED, QueryFactory.create("DESCRIBE ?species"),
                    Map.of("species", TAM_THAT)).isEmpty()).isTrue();
        }
    }

    @Test
    void concurrent_readers_see_each_write_whole() throws Exception {
        try (GraphStore store = openEmptyStore()) {
            Model three = ModelFactory.createDefaultModel();
            for (int i = 0; i < 3; i++) {
                three.add(oneTriple("https://example.org/r" + i, "r" + i));
            }
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<Set<Long>>> readers = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    readers.add(threads.submit(() -> {
                        Set<Long> seen = new HashSet<>();
                        for (int i = 0; i < 30; i++) {
                            seen.add(store.size(MuseumGraph.DRAFTS));
                        }
                        return seen;
                    }));
                }
                for (int i = 0; i < 30; i++) {
                    Model next = i % 2 == 0 ? three : oneTriple("https://example.org/one", "one");
                    store.write(writer -> {
                        writer.clear(MuseumGraph.DRAFTS);
                        writer.add(MuseumGraph.DRAFTS, next);
                    });
                }
                for (Future<Set<Long>> reader : readers) {
                    // Empty before the first write, then one whole write or the other, never half of one.
                    assertThat(reader.get(60, TimeUnit.SECONDS)).isSubsetOf(0L, 1L, 3L);
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void health_reports_the_store_and_its_size() {
        try (GraphStore store = storeWithSpecies()) {
            ComponentHealth health = store.health();
            assertThat(health.up()).isTrue();
            assertThat(health.detail()).contains(healthNames()).contains(Long.toString(Fixtures.species().size()));
        }
    }

    static Model oneTriple(String subject, String slug) {
        Model model = ModelFactory.createDefaultModel();
        model.createResource(subject).addProperty(MuseumVocab.SLUG, slug);
        return model;
    }

    @Test
    void the_public_query_sees_the_public_graph_alone_whatever_the_query_asks_for() {
        try (GraphStore store = storeWithSpecies()) {
            store.write(writer -> writer.add(MuseumGraph.RESTRICTED, oneTriple("https://example.org/secret", "hidden")));
            String restricted = MuseumGraph.RESTRICTED.iri();
            for (String text : new String[] {
                    "SELECT ?s WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                    "SELECT ?s FROM <" + restricted + "> WHERE { ?s ?p ?o }",
                    "SELECT ?s FROM NAMED <" + restricted + "> WHERE { GRAPH ?g { ?s ?p ?o } }"}) {
                List<String> subjects = store.queryPublic(QueryFactory.create(text), java.time.Duration.ofSeconds(10), exec -> {
                    List<String> found = new ArrayList<>();
                    exec.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getURI()));
                    return found;
                });
                assertThat(subjects).as(text).doesNotContain("https://example.org/secret");
            }
            long publicRows = store.queryPublic(QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o }"), java.time.Duration.ofSeconds(10),
                    exec -> { long n = 0; for (var rs = exec.execSelect(); rs.hasNext(); rs.next()) { n++; } return n; });
            assertThat(publicRows).isEqualTo(Fixtures.species().size());
        }
    }

    @Test
    void public_queries_follow_every_write_and_no_failed_one() {
        try (GraphStore store = storeWithSpecies()) {
            assertThat(publicSubjects(store)).contains(TAM_THAT.getURI());
            store.write(writer -> writer.removeResource(MuseumGraph.PUBLIC, TAM_THAT));
            assertThat(publicSubjects(store)).noneMatch(s -> s.startsWith(TAM_THAT.getURI()));

            assertThatThrownBy(() -> store.write(writer -> {
                writer.add(MuseumGraph.PUBLIC, oneTriple("https://example.org/half", "half"));
                throw new IllegalStateException("power cut");
            })).hasMessageContaining("power cut");
            assertThat(publicSubjects(store)).doesNotContain("https://example.org/half");

            store.write(writer -> {
                writer.clear(MuseumGraph.PUBLIC);
                writer.add(MuseumGraph.PUBLIC, oneTriple("https://example.org/only", "only"));
            });
            assertThat(publicSubjects(store)).containsExactly("https://example.org/only");
        }
    }

    private static List<String> publicSubjects(GraphStore store) {
        return store.queryPublic(QueryFactory.create("SELECT DISTINCT ?s WHERE { ?s ?p ?o }"),
                java.time.Duration.ofSeconds(10), exec -> {
                    List<String> found = new ArrayList<>();
                    exec.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getURI()));
                    return found;
                });
    }
}
