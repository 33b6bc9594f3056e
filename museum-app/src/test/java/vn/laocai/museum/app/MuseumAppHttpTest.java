package vn.laocai.museum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesSummary;
import vn.laocai.museum.search.GraphIndexer;
import vn.laocai.museum.search.SearchIndex;

/** The running museum over HTTP: health, pages, media. */
class MuseumAppHttpTest extends AppTestBase {

    @Autowired
    SpeciesCatalog catalog;

    @Autowired
    DocumentCatalog documents;

    @Autowired
    SearchIndex index;

    @Autowired
    GraphIndexer indexer;

    @Test
    void health_reports_graph_index_and_media_store_up_with_reasons() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"graph\":{\"details\":{\"detail\":\"TDB2 at ")
                .contains("\"searchIndex\":{\"details\":{\"detail\":\"Lucene index at ")
                .contains("\"mediaStore\":{\"details\":{\"detail\":\"S3 bucket 'museum-media' at http://127.0.0.1:")
                .doesNotContain("\"status\":\"DOWN\"");
    }

    @Test
    void the_corpus_was_loaded_indexed_and_given_pictures_on_start() {
        var species = catalog.list("vi");
        assertThat(species).extracting(SpeciesSummary::slug).contains("panax-notoginseng");
        assertThat(species).allSatisfy(s -> assertThat(s.image()).as(s.slug()).isPresent());
        int documentCount = Stream.of(DocumentKind.REMEDY, DocumentKind.STORY, DocumentKind.KNOWLEDGE)
                .mapToInt(kind -> documents.list(kind, "vi").size())
                .sum();
        assertThat(index.count()).isEqualTo(species.size() + documentCount).isEqualTo(indexer.expectedCount());
    }

    @Test
    void the_home_page_is_served() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void an_unknown_species_page_is_404() throws Exception {
        assertThat(get("/species/no-such-herb").statusCode()).isEqualTo(404);
        assertThat(get("/remedies/no-such-remedy").statusCode()).isEqualTo(404);
        assertThat(get("/knowledge/red-dao-family-bath-recipes").statusCode()).isEqualTo(404);
        assertThat(get("/stories/no-such-story").statusCode()).isEqualTo(404);
    }

    /** A browser following a dead link gets the museum's own page in both languages, not the framework's error page. */
    @Test
    void an_unknown_page_answers_a_browser_with_the_museums_page_in_both_languages() throws Exception {
        HttpResponse<String> page = get("/species/no-such-herb", "Accept", "text/html,application/xhtml+xml");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"vi\">", "Không tìm thấy trang này", "lang=\"en\"", "This page was not found",
                "href=\"/species\"").doesNotContain("Whitelabel", "no-such-herb");
    }

    /** An address no view or controller has is a real 404 for a browser, while views, data and API keep answering. */
    @Test
    void an_address_the_museum_does_not_have_is_404_before_any_script() throws Exception {
        String html = "text/html,application/xhtml+xml";
        HttpResponse<String> missing = get("/no-such-page", "Accept", html);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang này", "This page was not found");
        assertThat(get("/kiosk/no-such-screen", "Accept", html).statusCode()).isEqualTo(404);
        for (String reference : new String[] {"/places/no-such-place", "/marks/no-such-mark", "/conservation/no-such-list",
                "/instruments/no-such-decree"}) {
            assertThat(get(reference, "Accept", html).statusCode()).as(reference).isEqualTo(404);
        }
        for (String page : new String[] {"/", "/species", "/species/panax-notoginseng", "/search?q=tam%20that", "/map", "/kiosk",
                "/places/bat-xat", "/stats", "/sparql", "/login", "/api/search?q=tam", "/sitemap.xml"}) {
            assertThat(get(page, "Accept", html).statusCode()).as(page).isNotEqualTo(404);
        }
    }

    @Test
    void known_pages_are_served() throws Exception {
        assertThat(get("/species/panax-notoginseng").statusCode()).isEqualTo(200);
        assertThat(get("/remedies/nhuc-que-on-trung").statusCode()).isEqualTo(200);
        assertThat(get("/knowledge/red-dao-herbal-bath").statusCode()).isEqualTo(200);
        assertThat(get("/remedies").statusCode()).isEqualTo(200);
    }

    @Test
    void media_are_served_from_the_s3_store_with_etag_and_long_caching() throws Exception {
        String key = catalog.list("vi").getFirst().imageKey();
        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(url("/media/" + key)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(image.body()).startsWith(0x89, 'P', 'N', 'G');
        String etag = image.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).contains(key.substring(10, 74));
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000").contains("immutable");

        assertThat(get("/media/" + key, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void media_keys_that_are_not_content_keys_are_404_and_never_reach_the_store() throws Exception {
        assertThat(get("/media/sha256/ab/" + "0".repeat(64) + ".png").statusCode()).isEqualTo(404);
        assertThat(get("/media/sha256/..%2F..%2Fetc/passwd").statusCode()).isIn(400, 404);
        assertThat(get("/media/sha256/ab/notahash.png").statusCode()).isEqualTo(404);
    }

    @Test
    void a_byte_range_of_a_medium_is_served_as_206_and_a_range_beyond_it_is_416() throws Exception {
        String key = catalog.list("vi").getFirst().imageKey();
        byte[] whole = http.send(HttpRequest.newBuilder(url("/media/" + key)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(url("/media/" + key)).header("Range", "bytes=1-3").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).containsExactly('P', 'N', 'G');
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 1-3/" + whole.length);
        assertThat(part.headers().firstValue("Accept-Ranges")).contains("bytes");

        HttpResponse<byte[]> tail = http.send(HttpRequest.newBuilder(url("/media/" + key)).header("Range", "bytes=-4").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).containsExactly(java.util.Arrays.copyOfRange(whole, whole.length - 4, whole.length));

        HttpResponse<byte[]> beyond = http.send(HttpRequest.newBuilder(url("/media/" + key))
                .header("Range", "bytes=" + (whole.length + 10) + "-").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + whole.length);
    }

    @Test
    void a_visitor_on_plain_http_gets_a_session_cookie_without_secure_so_a_kiosk_in_the_museum_network_works() throws Exception {
        HttpResponse<String> page = get("/?v-r=init&location=&query=");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
    }
}
