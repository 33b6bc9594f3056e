package vn.laocai.museum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What a crawler or a chat-app preview reads in the first HTML, before any script runs. */
class PageMetadataTest extends AppTestBase {

    private Document firstHtml(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void a_species_page_says_what_it_is_in_its_first_html() throws Exception {
        Document page = firstHtml("/species/panax-notoginseng");
        assertThat(page.select("html").attr("lang")).isEqualTo("vi");
        assertThat(page.title()).isEqualTo("Tam thất (Panax notoginseng) — Bảo tàng Dược liệu số Lào Cai");
        assertThat(page.select("meta[name=description]").attr("content")).contains("Si Ma Cai");
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/species/panax-notoginseng");
        assertThat(page.select("meta[property=og:image]").attr("content")).contains("/media/sha256/");
        String jsonLd = page.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"@type\":\"Taxon\"").contains("\"name\":\"Panax notoginseng\"")
                .contains("三七").contains("\"parentTaxon\"").contains("Araliaceae");
    }

    @Test
    void a_remedy_page_describes_the_remedy_and_its_herbs() throws Exception {
        Document page = firstHtml("/remedies/nhuc-que-on-trung");
        assertThat(page.title()).endsWith("— Bảo tàng Dược liệu số Lào Cai");
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\"@type\":\"CreativeWork\"")
                .contains("cinnamomum-cassia");
    }

    @Test
    void other_pages_get_the_site_description() throws Exception {
        Document page = firstHtml("/");
        assertThat(page.title()).isEqualTo("Bảo tàng Dược liệu số Lào Cai");
        assertThat(page.select("html").attr("lang")).isEqualTo("vi");
        assertThat(page.select("script[type=application/ld+json]")).isEmpty();
    }
}
