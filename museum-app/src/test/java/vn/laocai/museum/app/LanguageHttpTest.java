package vn.laocai.museum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The first HTML speaks the remembered language: {@code ?lang=}, then the cookie, else Vietnamese. */
class LanguageHttpTest extends AppTestBase {

    private Document firstHtml(String path, String... headers) throws Exception {
        HttpResponse<String> response = get(path, headers);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void lang_en_in_a_shared_link_gives_an_english_first_html() throws Exception {
        Document page = firstHtml("/species/panax-notoginseng?lang=en");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Notoginseng (Panax notoginseng) — Lào Cai Digital Medicinal-Herb Museum");
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("A perennial herb");
        assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
        assertThat(page.select("main#museum-ssr").attr("lang")).isEqualTo("en");
        assertThat(page.select("main#museum-ssr h1").text()).isEqualTo("Notoginseng");
        assertThat(page.select("main#museum-ssr h2").text()).isEqualTo("Names");
    }

    @Test
    void the_cookie_gives_english_and_the_parameter_wins_over_it() throws Exception {
        Document english = firstHtml("/", "Cookie", "museum-lang=en");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.title()).isEqualTo("Lào Cai Digital Medicinal-Herb Museum");
        assertThat(english.select("main#museum-ssr h2").text()).isEqualTo("Medicinal species");

        Document vietnamese = firstHtml("/remedies/sam-cau-ham-ga?lang=vi", "Cookie", "museum-lang=en");
        assertThat(vietnamese.select("html").attr("lang")).isEqualTo("vi");
        assertThat(vietnamese.title()).endsWith(" — Bảo tàng Dược liệu số Lào Cai");
    }

    @Test
    void a_browser_preferring_english_still_gets_vietnamese_on_its_first_visit() throws Exception {
        Document page = firstHtml("/remedies/sam-cau-ham-ga", "Accept-Language", "en-US,en;q=0.9");
        assertThat(page.select("html").attr("lang")).isEqualTo("vi");
        assertThat(page.select("main#museum-ssr").text()).contains("Thông tin về bài thuốc chỉ nhằm giới thiệu");
    }
}
