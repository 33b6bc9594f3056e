package vn.laocai.museum.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.Fixtures;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

class PublicSparqlTest {

    private static final String SECRET = "https://w3id.org/laocai-herbs/id/knowledge/secret-bath";

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private PublicSparql sparql;

    @BeforeEach
    void open() {
        store = Fixtures.storeWithSpecies(directory);
        Model restricted = ModelFactory.createDefaultModel();
        restricted.createResource(SECRET).addProperty(restricted.createProperty("https://schema.org/name"), "Bài thuốc hạn chế");
        store.write(writer -> writer.add(MuseumGraph.RESTRICTED, restricted));
        sparql = new PublicSparql(store, Duration.ofSeconds(2), 3);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void select_answers_from_the_public_graph() {
        var result = (SparqlResult.Rows) sparql.run(
                "PREFIX dwc: <http://rs.tdwg.org/dwc/terms/> SELECT ?name WHERE { ?s dwc:scientificName ?name } ORDER BY ?name LIMIT 2");
        assertThat(result.rows()).extracting(row -> row.get("name").getLiteralLexicalForm())
                .containsExactly("Abelmoschus sagittifolius", "Angelica sinensis");
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void restricted_graphs_do_not_exist_for_the_public_endpoint() {
        var all = (SparqlResult.Rows) new PublicSparql(store, Duration.ofSeconds(2), 100_000)
                .run("SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
        assertThat(all.rows()).noneMatch(row -> row.get("s").isURI() && row.get("s").getURI().equals(SECRET));
        assertThat(((SparqlResult.Answer) sparql.run("ASK { GRAPH ?g { ?s ?p ?o } }")).value()).isFalse();
        assertThat(((SparqlResult.Answer) sparql.run("ASK { GRAPH <" + MuseumGraph.RESTRICTED.iri() + "> { ?s ?p ?o } }")).value())
                .isFalse();
    }

    @Test
    void rows_beyond_the_cap_are_cut_and_the_result_says_so() {
        var result = (SparqlResult.Rows) sparql.run("SELECT * WHERE { ?s ?p ?o }");
        assertThat(result.rows()).hasSize(3);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void construct_and_describe_return_graphs() {
        var described = (SparqlResult.Graph) new PublicSparql(store, Duration.ofSeconds(2), 1000)
                .run("DESCRIBE <https://w3id.org/laocai-herbs/id/species/angelica-sinensis>");
        assertThat(described.model().size()).isPositive();
        assertThat(described.truncated()).isFalse();
    }

    @Test
    void a_query_asked_again_is_parsed_once_and_answers_the_same() {
        String text = "PREFIX dwc: <http://rs.tdwg.org/dwc/terms/> SELECT ?name WHERE { ?s dwc:scientificName ?name } ORDER BY ?name";
        assertThat(sparql.parse(text)).isSameAs(sparql.parse(text));
        var first = (SparqlResult.Rows) sparql.run(text);
        var again = (SparqlResult.Rows) sparql.run(text);
        assertThat(again.rows()).isEqualTo(first.rows());
        String describe = "DESCRIBE <https://w3id.org/laocai-herbs/id/species/angelica-sinensis>";
        PublicSparql roomy = new PublicSparql(store, Duration.ofSeconds(2), 1000);
        assertThat(((SparqlResult.Graph) roomy.run(describe)).model().isIsomorphicWith(
                ((SparqlResult.Graph) roomy.run(describe)).model())).isTrue();
    }

    @Test
    void an_alternative_path_keeps_its_meaning_duplicates_included() {
        Model model = ModelFactory.createDefaultModel();
        Resource subject = model.createResource("https://w3id.org/laocai-herbs/id/test/alt");
        Property p = model.createProperty("https://w3id.org/laocai-herbs/ns#testP");
        Property q = model.createProperty("https://w3id.org/laocai-herbs/ns#testQ");
        subject.addProperty(p, "both").addProperty(q, "both").addProperty(q, "only q");
        store.write(writer -> writer.add(MuseumGraph.PUBLIC, model));
        var result = (SparqlResult.Rows) new PublicSparql(store, Duration.ofSeconds(2), 100).run(
                "SELECT ?o WHERE { <" + subject.getURI() + "> <" + p.getURI() + ">|<" + q.getURI() + "> ?o }");
        // A path p|q is the union of p and q: "both" comes once through each.
        assertThat(result.rows()).extracting(row -> row.get("o").getLiteralLexicalForm())
                .containsExactlyInAnyOrder("both", "both", "only q");
    }

    @Test
    void a_syntax_error_says_where() {
        assertThatThrownBy(() -> sparql.run("SELECT * WHERE { ?s ?p }"))
                .isInstanceOf(SparqlException.class)
                .satisfies(e -> assertThat(((SparqlException) e).kind()).isEqualTo(SparqlException.Kind.SYNTAX))
                .hasMessageContaining("line 1");
    }

    @Test
    void updates_are_refused() {
        for (String update : new String[] {"INSERT DATA { <a:b> <a:c> <a:d> }",
                "PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }", "DROP ALL", "  clear default"}) {
            assertThatThrownBy(() -> sparql.run(update)).as(update)
                    .isInstanceOf(SparqlException.class)
                    .satisfies(e -> assertThat(((SparqlException) e).kind()).isEqualTo(SparqlException.Kind.FORBIDDEN));
        }
    }

    @Test
    void a_cartesian_product_is_stopped_by_the_time_limit() {
        addChain(3_000);
        PublicSparql limited = new PublicSparql(store, Duration.ofMillis(500), 10);
        long started = System.nanoTime();
        assertThatThrownBy(() -> limited.run("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"))
                .isInstanceOf(SparqlException.class)
                .satisfies(e -> assertThat(((SparqlException) e).kind()).isEqualTo(SparqlException.Kind.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void a_property_path_explosion_is_stopped_by_the_time_limit() {
        addChain(3_000);
        PublicSparql limited = new PublicSparql(store, Duration.ofMillis(500), 10);
        assertThatThrownBy(() -> limited.run(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:next>|^<urn:next>)* ?b . ?c (<urn:next>|^<urn:next>)* ?d }"))
                .isInstanceOf(SparqlException.class)
                .satisfies(e -> assertThat(((SparqlException) e).kind()).isEqualTo(SparqlException.Kind.TIMEOUT));
    }

    private void addChain(int length) {
        Model chain = ModelFactory.createDefaultModel();
        Property next = chain.createProperty("urn:next");
        Resource previous = chain.createResource("urn:node:0");
        for (int i = 1; i <= length; i++) {
            Resource node = chain.createResource("urn:node:" + i);
            previous.addProperty(next, node);
            previous = node;
        }
        store.write(writer -> writer.add(MuseumGraph.PUBLIC, chain));
    }
}
