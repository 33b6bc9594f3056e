package vn.laocai.museum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.SpeciesCatalog;

/** What a crawler or a chat-app preview reads in the first HTML, before any script runs. */
class PageMetadataTest extends AppTestBase {

    @Autowired
    GraphStore store;

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

    @Test
    void the_first_html_holds_a_readable_rendering_of_the_main_content() throws Exception {
        Document species = firstHtml("/species/panax-notoginseng");
        var main = species.select("main#museum-ssr");
        assertThat(main.select("h1").text()).isEqualTo("Tam thất");
        assertThat(main.select("i[lang=la]").text()).startsWith("Panax notoginseng");
        assertThat(main.select("span[lang=zh]").eachText()).contains("三七");
        assertThat(main.text()).contains("Araliaceae");
        assertThat(main.select("script")).isEmpty();
        assertThat(species.select("style").html()).contains("body:has(vaadin-app-layout) #museum-ssr{display:none}");

        Document remedy = firstHtml("/remedies/nhuc-que-on-trung");
        assertThat(remedy.select("main#museum-ssr strong").text()).contains("không thay cho chẩn đoán");

        Document home = firstHtml("/");
        assertThat(home.select("main#museum-ssr a[href=/species/panax-notoginseng]")).hasSize(1);

        Document search = firstHtml("/search");
        assertThat(search.select("main#museum-ssr")).isEmpty();
    }

    @Test
    void the_first_html_paints_the_lead_picture_and_search_results_before_vaadins_script_starts() throws Exception {
        Document species = firstHtml("/species/panax-notoginseng");
        var lead = species.select("main#museum-ssr img.museum-ssr-lead");
        assertThat(lead.attr("src")).startsWith("/media/sha256/");
        assertThat(lead.attr("fetchpriority")).isEqualTo("high");
        assertThat(lead.attr("alt")).isEqualTo("Ảnh minh hoạ Tam thất");
        assertThat(lead.attr("width")).isEqualTo("800");
        assertThat(lead.attr("height")).isEqualTo("600");
        // Vaadin's client comes from a loader after the first frame, not as a module in the head.
        assertThat(species.select("head script[type=module][src*=VAADIN/build/indexhtml]")).isEmpty();
        assertThat(species.select("body script[data-museum-bootstrap]").html())
                .contains("first-contentful-paint").contains("VAADIN/build/indexhtml-");

        Document search = firstHtml("/search?q=tam%20that");
        var results = search.select("main#museum-ssr .museum-results");
        assertThat(search.select("main#museum-ssr h1").text()).isEqualTo("Kết quả cho “tam that”");
        assertThat(results.select("a.museum-result").first().attr("href")).isEqualTo("/species/panax-notoginseng");
        assertThat(results.select("a.museum-result .museum-result-title").first().text()).isEqualTo("Tam thất");
        assertThat(results.select(".museum-result-snippet mark")).isNotEmpty();
        assertThat(results.select("script")).isEmpty();

        Document models = firstHtml("/models");
        assertThat(models.select("main#museum-ssr h1").text()).isEqualTo("Bộ sưu tập 3D");
    }

    @Test
    void a_first_html_asked_again_shows_a_write_of_the_public_graph_at_once() throws Exception {
        String path = "/species/panax-notoginseng";
        Document before = firstHtml(path);
        assertThat(firstHtml(path).select("main#museum-ssr").outerHtml()).isEqualTo(before.select("main#museum-ssr").outerHtml());
        Resource species = ResourceFactory.createResource(MuseumVocab.speciesIri("panax-notoginseng"));
        String narrative = new SpeciesCatalog(store).find("panax-notoginseng", "vi").orElseThrow().narrativeMarkdown();
        Model old = ModelFactory.createDefaultModel().add(species, MuseumVocab.NARRATIVE, ResourceFactory.createLangLiteral(narrative, "vi"));
        Model written = ModelFactory.createDefaultModel()
                .add(species, MuseumVocab.NARRATIVE, ResourceFactory.createLangLiteral("Rễ *Quelvarin* phơi trong râm.", "vi"));
        store.write(writer -> {
            writer.remove(MuseumGraph.PUBLIC, old);
            writer.add(MuseumGraph.PUBLIC, written);
        });
        try {
            Document after = firstHtml(path);

            assertThat(before.select("main#museum-ssr").html()).doesNotContain("Quelvarin");
            assertThat(after.select("main#museum-ssr em").eachText()).contains("Quelvarin");
            // Each page gets its own copy of the kept rendering: one main, one header, one set of head tags.
            assertThat(firstHtml(path).select("main#museum-ssr")).hasSize(1);
            assertThat(after.select("#museum-ssr-header")).hasSize(1);
            assertThat(after.select("head title")).hasSize(1);
            assertThat(after.select("script[type=application/ld+json]")).hasSize(1);
        } finally {
            store.write(writer -> {
                writer.remove(MuseumGraph.PUBLIC, written);
                writer.add(MuseumGraph.PUBLIC, old);
            });
        }
    }
}
