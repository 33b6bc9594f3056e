package vn.laocai.museum.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.laocai.museum.app.AppTestBase;

/** Facets, filters, order, spelling and highlights of {@code /api/search} over HTTP, on the shipped corpus. */
class SearchFacetsApiTest extends AppTestBase {

    private static final String ID = "https://w3id.org/laocai-herbs/id/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode search(String query, String... parameters) throws IOException, InterruptedException {
        HttpResponse<String> response = get(uri(query, parameters));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String uri(String query, String... parameters) {
        StringBuilder uri = new StringBuilder("/api/search?q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            uri.append('&').append(parameter, 0, equals + 1)
                    .append(URLEncoder.encode(parameter.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return uri.toString();
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asString()));
        return values;
    }

    private static long count(JsonNode body, String facet, String value) {
        for (JsonNode entry : body.get("facets").get(facet)) {
            if (entry.get("value").asString().equals(value)) {
                return entry.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void every_facet_comes_with_values_labels_and_counts() throws Exception {
        JsonNode body = search("sâm");
        assertThat(body.get("facets").propertyNames()).containsExactly("type", "family", "part", "use", "ethnicGroup",
                "conservation", "redList", "legalGroup", "commune", "district", "has3d", "hasGi");
        assertThat(count(body, "family", "Araliaceae")).isPositive();
        JsonNode root = body.get("facets").get("part").get(0);
        assertThat(root.get("value").asString()).isEqualTo("root");
        assertThat(root.get("label").asString()).isEqualTo("rễ");
        assertThat(count(body, "use", "tonic")).isPositive();
        assertThat(search("sâm", "lang=en").get("facets").get("part").get(0).get("label").asString()).isEqualTo("root");
    }

    @Test
    void use_categories_are_counted_and_labelled_in_each_language() throws Exception {
        JsonNode vi = search("tam thất", "size=100");
        JsonNode en = search("tam thất", "size=100", "lang=en");
        assertThat(labelOf(vi, "use", "blood")).isEqualTo("huyết, cầm máu");
        assertThat(labelOf(en, "use", "blood")).isEqualTo("blood and bleeding");
        assertThat(labelOf(vi, "use", "womens-health")).isEqualTo("sức khoẻ phụ nữ, sau sinh");
        assertThat(labelOf(en, "use", "womens-health")).isEqualTo("women's health and childbirth");
        assertThat(values(en.get("facets").get("use"), "count")).isEqualTo(values(vi.get("facets").get("use"), "count"));
    }

    @Test
    void a_use_category_filter_keeps_the_species_and_remedies_of_that_category() throws Exception {
        JsonNode all = search("tam thất", "size=100");
        JsonNode blood = search("tam thất", "use=blood", "size=100");
        assertThat(blood.get("total").asLong()).isEqualTo(count(all, "use", "blood"));
        assertThat(values(blood.get("hits"), "iri")).contains(ID + "species/panax-notoginseng", ID + "remedy/tam-that-cam-mau")
                .doesNotContain(ID + "remedy/ba-kich-ngam-ruou");
        assertThat(values(blood.get("hits"), "type")).containsOnly("species", "remedy");
        // Counted without its own filter: the other categories keep their counts.
        assertThat(values(blood.get("facets").get("use"), "value")).containsAll(values(all.get("facets").get("use"), "value"));
        JsonNode men = search("tam thất", "use=mens-health", "size=100");
        assertThat(values(men.get("hits"), "iri")).doesNotContain(ID + "species/panax-notoginseng");
        // Two categories are alternatives: the hits of both.
        JsonNode either = search("tam thất", "use=blood", "use=mens-health", "size=100");
        assertThat(either.get("total").asLong()).isGreaterThanOrEqualTo(blood.get("total").asLong());
    }

    private static String labelOf(JsonNode body, String facet, String value) {
        for (JsonNode entry : body.get("facets").get(facet)) {
            if (entry.get("value").asString().equals(value)) {
                return entry.get("label").asString();
            }
        }
        return null;
    }

    @Test
    void a_family_filter_narrows_the_hits_and_keeps_the_other_families_counted() throws Exception {
        JsonNode all = search("sâm", "size=100");
        JsonNode araliaceae = search("sâm", "family=Araliaceae", "size=100");
        assertThat(araliaceae.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
        assertThat(count(araliaceae, "family", "Araliaceae")).isEqualTo(araliaceae.get("total").asLong());
        assertThat(count(araliaceae, "family", "Campanulaceae")).isEqualTo(count(all, "family", "Campanulaceae")).isPositive();
        assertThat(values(araliaceae.get("hits"), "iri")).contains(ID + "species/panax-vietnamensis")
                .doesNotContain(ID + "species/codonopsis-javanica");
    }

    @Test
    void repeated_values_of_one_facet_are_alternatives() throws Exception {
        JsonNode species = search("sâm", "type=species", "size=100");
        JsonNode both = search("sâm", "type=species", "type=remedy", "size=100");
        assertThat(values(species.get("hits"), "type")).containsOnly("species");
        assertThat(values(both.get("hits"), "type")).contains("species", "remedy");
        assertThat(both.get("total").asLong()).isEqualTo(count(species, "type", "species") + count(species, "type", "remedy"));
    }

    @Test
    void places_and_ethnic_groups_come_from_the_graph() throws Exception {
        JsonNode body = search("tam thất", "district=Si Ma Cai");
        assertThat(values(body.get("hits"), "iri")).first().isEqualTo(ID + "species/panax-notoginseng");
        assertThat(count(search("Cố y"), "ethnicGroup", "H'Mông")).isPositive();
        assertThat(count(search("quế"), "hasGi", "yes")).isEqualTo(1);
    }

    @Test
    void sort_by_name_follows_vietnamese_alphabetical_order() throws Exception {
        List<String> labels = values(search("sâm", "type=species", "sort=name", "size=100").get("hits"), "label");
        assertThat(labels).hasSizeGreaterThan(3);
        com.ibm.icu.text.Collator vietnamese = com.ibm.icu.text.Collator.getInstance(new com.ibm.icu.util.ULocale("vi"));
        assertThat(labels).isSortedAccordingTo(vietnamese::compare);
        assertThat(get(uri("sâm", "sort=price")).statusCode()).isEqualTo(400);
    }

    @Test
    void a_misspelt_name_finds_the_species_and_the_answer_says_what_was_meant() throws Exception {
        JsonNode body = search("Cinamomum casia");
        assertThat(body.get("hits").get(0).get("iri").asString()).isEqualTo(ID + "species/cinnamomum-cassia");
        assertThat(body.get("didYouMean").asString()).isEqualTo("Cinnamomum cassia");
        assertThat(search("Cinnamomum cassia").get("didYouMean").isNull()).isTrue();
    }

    @Test
    void the_highlighted_snippet_marks_the_words_and_holds_no_other_markup() throws Exception {
        JsonNode body = search("cầm máu", "size=50");
        List<String> snippets = values(body.get("hits"), "snippetHtml");
        assertThat(snippets).anyMatch(html -> html.contains("<mark>cầm máu</mark>"));
        for (String html : snippets) {
            assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        }
        // The plain snippet stays the start of the summary.
        assertThat(body.get("hits").get(0).get("snippet").asString()).doesNotContain("<mark>");
    }

    @Test
    void bad_filters_are_refused_with_a_reason() throws Exception {
        HttpResponse<String> response = get(uri("sâm", "type=plant"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Unknown type");
        assertThat(get(uri("sâm", "family=" + "x".repeat(201))).statusCode()).isEqualTo(400);
    }
}
