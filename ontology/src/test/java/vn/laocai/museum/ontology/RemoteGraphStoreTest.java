package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph store contract over HTTP, against a real Fuseki in this JVM on an in-memory dataset. */
class RemoteGraphStoreTest extends GraphStoreContract {

    private static final String BAD_IRI = "https://example.org/x> } ; DROP ALL ; #";

    @TempDir
    Path directory;

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private FusekiServer server;

    @BeforeEach
    void startFuseki() {
        server = fuseki().build().start();
    }

    @AfterEach
    void stopFuseki() {
        server.stop();
    }

    /** Fuseki on a free loopback port, recording "METHOD /path" of every request it gets. */
    private FusekiServer.Builder fuseki() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Filter recorder = (request, response, chain) -> {
            var http = (HttpServletRequest) request;
            requests.add(http.getMethod() + " " + http.getRequestURI());
            chain.doFilter(request, response);
        };
        return FusekiServer.create().port(0).loopback(true).add("/museum", dsg).addFilter("/*", recorder);
    }

    private URI datasetUrl() {
        return URI.create(server.datasetURL("/museum"));
    }

    @Override
    protected GraphStore openEmptyStore() {
        return RemoteGraphStore.connect(datasetUrl());
    }

    @Override
    protected String healthNames() {
        return datasetUrl() + "/sparql";
    }

    @Test
    void the_species_catalog_reads_the_same_over_http_as_over_tdb2() {
        try (GraphStore remote = storeWithSpecies(); Tdb2GraphStore local = Fixtures.storeWithSpecies(directory)) {
            SpeciesCatalog overHttp = new SpeciesCatalog(remote);
            SpeciesCatalog onDisk = new SpeciesCatalog(local);
            for (String language : List.of("vi", "en")) {
                assertThat(overHttp.list(language)).isNotEmpty().isEqualTo(onDisk.list(language));
                for (SpeciesSummary species : onDisk.list(language)) {
                    assertThat(overHttp.find(species.slug(), language)).isPresent()
                            .isEqualTo(onDisk.find(species.slug(), language));
                }
            }
            assertThat(overHttp.find("no-such-herb", "vi")).isEmpty();
        }
    }

    @Test
    void a_write_is_one_update_request_and_a_failed_one_sends_nothing() {
        try (GraphStore store = storeWithSpecies()) {
            requests.clear();
            store.write(writer -> {
                writer.clear(MuseumGraph.DRAFTS);
                writer.add(MuseumGraph.DRAFTS, oneTriple("https://example.org/draft", "draft"));
                writer.removeResource(MuseumGraph.PUBLIC, ResourceFactory.createResource(MuseumVocab.speciesIri("coptis-chinensis")));
            });
            assertThat(requests).containsExactly("POST /museum/update");

            requests.clear();
            assertThatThrownBy(() -> store.write(writer -> {
                writer.clear(MuseumGraph.PUBLIC);
                throw new IllegalStateException("power cut");
            })).hasMessage("power cut");
            store.write(writer -> { });
            assertThat(requests).isEmpty();
        }
    }

    @Test
    void writes_land_in_their_named_graph_on_the_server() {
        try (GraphStore store = storeWithSpecies();
                RDFConnection gsp = RDFConnection.connect(datasetUrl().toString())) {
            assertThat(gsp.fetch(MuseumGraph.PUBLIC.iri()).isIsomorphicWith(Fixtures.species())).isTrue();
            assertThat(gsp.fetch().isEmpty()).as("default graph").isTrue();
        }
    }

    @Test
    void terms_that_would_break_out_of_the_sparql_text_are_refused_before_anything_is_sent() {
        try (GraphStore store = storeWithSpecies()) {
            requests.clear();
            var query = QueryFactory.create("SELECT * WHERE { ?s ?p ?o }");
            assertThatThrownBy(() -> store.select(MuseumGraph.PUBLIC, query,
                    Map.of("s", ResourceFactory.createResource(BAD_IRI))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.select(MuseumGraph.PUBLIC, query,
                    Map.of("o", ResourceFactory.createLangLiteral("x", "en . } DROP ALL #"))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.write(writer -> writer.removeResource(MuseumGraph.PUBLIC,
                    ResourceFactory.createResource(BAD_IRI))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.write(writer -> writer.add(MuseumGraph.PUBLIC, oneTriple(BAD_IRI, "x"))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(requests).isEmpty();
            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(Fixtures.species().size());
        }
    }

    @Test
    void a_query_may_not_choose_its_own_graphs() {
        try (GraphStore store = openEmptyStore()) {
            var query = QueryFactory.create("SELECT * FROM <" + MuseumGraph.RESTRICTED.iri() + "> WHERE { ?s ?p ?o }");
            assertThatThrownBy(() -> store.select(MuseumGraph.PUBLIC, query, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void health_goes_down_with_the_reason_when_the_server_stops_and_calls_fail_fast() {
        try (GraphStore store = storeWithSpecies()) {
            assertThat(store.health().up()).isTrue();
            server.stop();

            long start = System.nanoTime();
            ComponentHealth health = store.health();
            assertThat(health.up()).isFalse();
            assertThat(health.detail()).contains(datasetUrl() + "/sparql").contains("connection refused");
            assertThatThrownBy(() -> store.size(MuseumGraph.PUBLIC))
                    .isInstanceOf(GraphStoreException.class)
                    .hasMessageContaining("connection refused");
            assertThatThrownBy(() -> store.write(writer -> writer.clear(MuseumGraph.PUBLIC)))
                    .isInstanceOf(GraphStoreException.class)
                    .hasMessageContaining("/museum/update");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void basic_credentials_open_a_protected_store_and_their_absence_is_reported() throws IOException {
        server.stop();
        Path passwords = Files.writeString(directory.resolve("passwd"), "curator: s3cret\n");
        server = fuseki().passwordFile(passwords.toString()).auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.policyAllowSpecific("curator")).build().start();

        var settings = RemoteStoreSettings.defaults().withCredentials("curator", "s3cret");
        try (GraphStore store = Fixtures.withSpecies(RemoteGraphStore.connect(datasetUrl(), settings))) {
            assertThat(store.health().up()).isTrue();
            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(Fixtures.species().size());
        }
        try (GraphStore anonymous = openEmptyStore()) {
            ComponentHealth health = anonymous.health();
            assertThat(health.up()).isFalse();
            assertThat(health.detail()).contains("HTTP 401");
        }
    }
}
