package vn.laocai.museum.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.RemoteGraphStore;
import vn.laocai.museum.ontology.SpeciesCatalog;

/** The whole museum with its graph in a remote SPARQL store: an in-process Fuseki on localhost. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemoteGraphStoreAppTest {

    private static final FusekiServer FUSEKI = FusekiServer.create()
            .port(0)
            .loopback(true)
            .add("/museum", DatasetGraphFactory.createTxnMem())
            .build()
            .start();

    @Value("${local.server.port}")
    int port;

    @Autowired
    GraphStore graph;

    @Autowired
    SpeciesCatalog catalog;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        registry.add("museum.data-dir", () -> createTempDir());
        registry.add("museum.graph.sparql-url", () -> "http://localhost:" + FUSEKI.getPort() + "/museum");
    }

    private static String createTempDir() {
        try {
            return Files.createTempDirectory("museum-remote-graph-").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopFuseki() {
        FUSEKI.stop();
    }

    @Test
    void the_corpus_is_loaded_into_the_remote_store_and_read_back() {
        assertThat(graph).isInstanceOf(RemoteGraphStore.class);
        assertThat(catalog.find("panax-notoginseng", "vi")).hasValueSatisfying(
                species -> assertThat(species.summary().title()).isEqualTo("Tam thất"));
        assertThat(catalog.list("vi")).allSatisfy(species -> assertThat(species.image()).isPresent());
    }

    @Test
    void health_and_the_public_endpoint_work_over_the_remote_store() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(health).contains("SPARQL store at http://localhost:" + FUSEKI.getPort());
        String query = "ASK { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> ask = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("\"boolean\" : false");
    }
}
