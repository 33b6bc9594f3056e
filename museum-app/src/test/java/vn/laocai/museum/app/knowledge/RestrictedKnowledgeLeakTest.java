package vn.laocai.museum.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.media.MediaStore;
import vn.laocai.museum.media.check.RejectionCode;
import vn.laocai.museum.media.ingest.IngestItem;
import vn.laocai.museum.media.ingest.IngestPipeline;
import vn.laocai.museum.media.ingest.IngestSettings;
import vn.laocai.museum.media.ingest.ItemResult;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.search.SearchIndex;

/**
 * The corpus's community-restricted record (the Red Dao family bath recipes) is loaded, and
 * reaches anonymous users through no public channel — media metadata included.
 */
class RestrictedKnowledgeLeakTest extends AppTestBase {

    private static final String IRI = "https://w3id.org/laocai-herbs/id/knowledge/red-dao-family-bath-recipes";
    /** Words of its titles that appear nowhere else in the public data. */
    private static final List<String> MARKERS = List.of("red-dao-family-bath-recipes", "Bài thuốc tắm riêng của từng gia đình",
            "The family bath recipes of the Red Dao");

    @Autowired
    GraphStore graph;

    @Autowired
    SearchIndex index;

    @Autowired
    MediaStore media;

    @Test
    void the_record_is_loaded_into_the_restricted_graph_and_not_the_public_one() {
        var ask = QueryFactory.create("ASK { <" + IRI + "> ?p ?o }");
        assertThat(graph.select(MuseumGraph.RESTRICTED, QueryFactory.create("SELECT * WHERE { <" + IRI + "> ?p ?o }"), Map.of()))
                .isNotEmpty();
        assertThat(graph.select(MuseumGraph.PUBLIC, QueryFactory.create("SELECT * WHERE { <" + IRI + "> ?p ?o }"), Map.of()))
                .isEmpty();
        assertThat(ask.isAskType()).isTrue();
    }

    @Test
    void not_through_sparql() throws Exception {
        for (String query : List.of("SELECT * WHERE { <" + IRI + "> ?p ?o }",
                "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }",
                "SELECT * FROM <https://w3id.org/laocai-herbs/graph/restricted> WHERE { ?s ?p ?o }",
                "SELECT ?o WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"riêng của từng gia đình\")) }")) {
            HttpResponse<String> response = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertNoMarker(response.body(), "/sparql " + query);
        }
    }

    @Test
    void not_through_linked_data() throws Exception {
        assertThat(get("/id/knowledge/red-dao-family-bath-recipes", "Accept", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("/id/knowledge/red-dao-family-bath-recipes.jsonld").statusCode()).isEqualTo(404);
    }

    @Test
    void not_through_search() {
        for (String query : List.of("bài thuốc tắm riêng", "family bath recipes", "gia đình Dao đỏ")) {
            assertThat(index.search(query, 50)).as(query).noneMatch(hit -> hit.iri().equals(IRI));
        }
    }

    @Test
    void not_through_suggestions_the_search_api_the_sitemap_or_the_page_itself() throws Exception {
        for (String typed : List.of("bài thuốc tắm riêng", "family bath", "Bài thuốc tắm", "tắm riêng", "riêng", "gia đình dao", "bath recipes", "recipes of the red")) {
            assertThat(index.suggest(typed, 20)).as(typed).noneMatch(hit -> hit.iri().equals(IRI));
            assertNoMarker(get("/api/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)).body(), "/api/search " + typed);
            assertNoMarker(get("/api/suggest?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)).body(), "/api/suggest " + typed);
        }
        assertNoMarker(get("/sitemap.xml").body(), "sitemap");
        HttpResponse<String> page = get("/knowledge/red-dao-family-bath-recipes");
        assertThat(page.statusCode()).isEqualTo(404);
        assertNoMarker(page.body().replace("/knowledge/red-dao-family-bath-recipes", ""), "the page's first HTML");
        assertNoMarker(get("/knowledge").body(), "the knowledge list's first HTML");
    }

    @Test
    void not_through_dumps_void_or_the_darwin_core_archive() throws Exception {
        assertNoMarker(gunzip(bytes("/dumps/museum-public.ttl.gz")), "Turtle dump");
        assertNoMarker(gunzip(bytes("/dumps/museum-public.nq.gz")), "N-Quads dump");
        assertNoMarker(get("/.well-known/void").body(), "VoID");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes("/exports/dwca.zip")))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertNoMarker(new String(zip.readAllBytes(), StandardCharsets.UTF_8), "dwca " + entry.getName());
            }
        }
    }

    @Test
    void not_through_media_metadata(@TempDir Path folder) throws Exception {
        // A picture aimed at the restricted record is refused before anything is stored or described.
        Path photo = folder.resolve("bon-tam.jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        long objects = media.list().size();

        ItemResult result = new IngestPipeline(graph, media, IngestSettings.DEFAULT).ingest(new IngestItem(photo, "bon-tam.jpg", IRI,
                Map.of("vi", "Bồn tắm", "en", "Bath tub"), "Bảo tàng", "CC-BY-4.0", "2026-11-29", null));

        assertThat(result.status()).isEqualTo(ItemResult.Status.FAILED);
        assertThat(result.rejection().code()).isEqualTo(RejectionCode.UNKNOWN_TARGET.code());
        assertThat(graph.select(MuseumGraph.PUBLIC, QueryFactory.create("SELECT * WHERE { ?s ?p <" + IRI + "> }"), Map.of())).isEmpty();
        assertThat(media.list().size()).isEqualTo(objects);
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String gunzip(byte[] data) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertNoMarker(String body, String channel) {
        for (String marker : MARKERS) {
            assertThat(body).as(channel).doesNotContain(marker);
        }
    }
}
