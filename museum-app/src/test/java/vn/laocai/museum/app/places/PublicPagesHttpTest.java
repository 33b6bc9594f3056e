package vn.laocai.museum.app.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.AppTestBase;

/** The new public pages over HTTP: their first HTML names them, the sitemap lists them, their IRIs lead to them. */
class PublicPagesHttpTest extends AppTestBase {

    private static final Map<String, String> TITLES = Map.of(
            "/places", "<title>Nơi cây thuốc mọc — Bảo tàng Dược liệu số Lào Cai</title>",
            "/places/sa-pa", "<title>Sa Pa — Bảo tàng Dược liệu số Lào Cai</title>",
            "/marks/gi-00018-van-yen", "<title>Chỉ dẫn địa lý Văn Yên cho sản phẩm quế — Bảo tàng Dược liệu số Lào Cai</title>",
            "/conservation/nd-84-2021", "<title>Danh mục thực vật rừng",
            "/instruments/cites", "<title>Công ước về buôn bán quốc tế",
            "/species", "<title>Danh mục loài — Bảo tàng Dược liệu số Lào Cai</title>",
            "/map", "<title>Bản đồ dược liệu — Bảo tàng Dược liệu số Lào Cai</title>",
            "/about-data", "<title>Về bộ dữ liệu — Bảo tàng Dược liệu số Lào Cai</title>");

    @Test
    void every_new_page_names_itself_in_its_first_html_and_renders_for_crawlers() throws Exception {
        for (Map.Entry<String, String> page : TITLES.entrySet()) {
            HttpResponse<String> response = get(page.getKey());
            assertThat(response.statusCode()).as(page.getKey()).isEqualTo(200);
            assertThat(response.body()).as(page.getKey()).contains(page.getValue()).contains("<main id=\"museum-ssr\"");
        }
        assertThat(get("/places/sa-pa?lang=en").body()).contains("<title>Sa Pa Town — Lào Cai Digital Medicinal-Herb Museum</title>")
                .contains("<html lang=\"en\"");
    }

    @Test
    void a_former_commune_page_names_its_current_commune_in_both_languages_and_its_linked_data_the_link() throws Exception {
        assertThat(get("/places/sa-pa-ta-van").body()).contains("Từ ngày 1/7/2025 thuộc xã Tả Van.");
        assertThat(get("/places/bat-xat-trinh-tuong?lang=en").body())
                .contains("Since 1 July 2025 part of Trinh Tuong commune. (unverified)");
        assertThat(get("/places/xa-trinh-tuong").body()).contains("<title>xã Trịnh Tường — Bảo tàng Dược liệu số Lào Cai</title>");
        HttpResponse<String> turtle = get("/id/place/bat-xat-trinh-tuong", "Accept", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.body()).contains("isReplacedBy").contains("xa-trinh-tuong");
        assertThat(get("/sitemap.xml").body()).contains("/places/xa-trinh-tuong<");
    }

    @Test
    void the_sitemap_lists_places_marks_lists_instruments_and_the_catalogue() throws Exception {
        String sitemap = get("/sitemap.xml").body();
        for (String path : new String[] {"/species<", "/map<", "/about-data<", "/places/sa-pa-ta-van<", "/marks/xuyen-khung-bat-xat<",
                "/conservation/cites<", "/instruments/nd-64-2019<"}) {
            assertThat(sitemap).contains(path);
        }
        assertThat(sitemap).doesNotContain("/kiosk");
    }

    @Test
    void a_browser_dereferencing_a_place_list_or_mark_iri_lands_on_its_page() throws Exception {
        for (Map.Entry<String, String> iri : Map.of("/id/place/sa-pa", "/places/sa-pa", "/id/mark/gi-00018-van-yen", "/marks/gi-00018-van-yen",
                "/id/list/cites", "/conservation/cites", "/id/instrument/nd-84-2021", "/instruments/nd-84-2021").entrySet()) {
            HttpResponse<String> response = get(iri.getKey(), "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            assertThat(response.statusCode()).as(iri.getKey()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).contains(iri.getValue());
        }
        assertThat(get("/id/place/sa-pa", "Accept", "text/turtle").statusCode()).isEqualTo(200);
    }

    @Test
    void leaflet_its_marker_images_the_outline_and_the_kiosk_script_are_served() throws Exception {
        for (String file : new String[] {"/webjars/leaflet/1.9.4/dist/leaflet.js", "/webjars/leaflet/1.9.4/dist/leaflet.css",
                "/webjars/leaflet/1.9.4/dist/images/marker-icon.png", "/maps/lao-cai-outline.geojson", "/maps/herb-map.js",
                "/kiosk/kiosk.js", "/styles/kiosk.css"}) {
            assertThat(get(file).statusCode()).as(file).isEqualTo(200);
        }
    }
}
