package vn.laocai.museum.app.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.AppTestBase;

/** The files crawlers and browsers ask for by name are real files, and pages travel compressed. */
class SiteFilesTest extends AppTestBase {

    @Test
    void robots_txt_is_text_that_points_to_the_sitemap() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.body()).contains("User-agent: *", "Sitemap: http://127.0.0.1:" + port + "/sitemap.xml")
                .doesNotContain("<html");
    }

    @Test
    void the_sitemap_lists_every_public_page_and_no_restricted_one() throws Exception {
        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        String site = "http://127.0.0.1:" + port;
        assertThat(sitemap.body()).startsWith("<?xml").contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
                "<loc>" + site + "/</loc>", "<loc>" + site + "/species/panax-notoginseng</loc>",
                "<loc>" + site + "/remedies/", "<loc>" + site + "/stories/", "<loc>" + site + "/knowledge/")
                .doesNotContain("red-dao-family-bath-recipes");
        long urls = sitemap.body().lines().filter(line -> line.contains("<loc>")).count();
        assertThat(urls).as("46 species, 36 remedies, 9 stories, 6 public records and 3 other pages").isGreaterThanOrEqualTo(100);
        for (String page : new String[] {"/species/panax-notoginseng", "/search"}) {
            assertThat(get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void the_favicon_is_an_svg_file_that_may_be_cached() throws Exception {
        HttpResponse<String> icon = get("/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(icon.headers().firstValue("Cache-Control").orElseThrow()).containsPattern("max-age=[1-9]\\d*");
        assertThat(icon.body()).contains("<svg");
    }

    @Test
    void pages_are_sent_compressed_to_browsers_that_accept_it() throws Exception {
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(url("/species/panax-notoginseng"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
    }
}
