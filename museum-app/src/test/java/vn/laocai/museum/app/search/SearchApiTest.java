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

/** The search API over HTTP, on the shipped corpus. */
class SearchApiTest extends AppTestBase {

    private static final String ID = "https://w3id.org/laocai-herbs/id/";
    private static final String TAM_THAT = "https://w3id.org/laocai-herbs/id/species/panax-notoginseng";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpResponse<String> api(String path, String query, String... parameters) throws IOException, InterruptedException {
        StringBuilder uri = new StringBuilder(path).append("?q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        for (String parameter : parameters) {
            uri.append('&').append(parameter);
        }
        return get(uri.toString());
    }

    private JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(field == null ? node.asString() : node.get(field).asString()));
        return values;
    }

    @Test
    void tam_that_finds_the_species_first_by_its_vietnamese_name() throws Exception {
        HttpResponse<String> response = api("/api/search", "tam that");
        JsonNode first = json(response).get("hits").get(0);
        assertThat(first.get("iri").asString()).isEqualTo(TAM_THAT);
        assertThat(first.get("type").asString()).isEqualTo("species");
        assertThat(first.get("label").asString()).isEqualTo("Tam thất");
        assertThat(first.get("scientificName").asString()).isEqualTo("Panax notoginseng");
        assertThat(first.get("matchedName").asString()).isEqualTo("Tam thất");
        assertThat(first.get("matchedNameLanguage").asString()).isEqualTo("vi");
        assertThat(first.get("url").asString()).isEqualTo("/species/panax-notoginseng");
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("snippet").asString()).startsWith("Cây thảo sống nhiều năm họ Nhân sâm").hasSizeLessThanOrEqualTo(200);
        assertThat(get("/species/panax-notoginseng").statusCode()).isEqualTo(200);
    }

    @Test
    void hits_carry_badges_for_verified_protection_and_geographical_indications_but_not_for_placeholder_models() throws Exception {
        JsonNode cinnamon = json(api("/api/search", "Cinnamomum cassia")).get("hits").get(0);
        assertThat(cinnamon.get("url").asString()).isEqualTo("/species/cinnamomum-cassia");
        assertThat(texts(cinnamon.get("badges"), null)).contains("gi").doesNotContain("3d");
        JsonNode ngocLinh = json(api("/api/search", "Panax vietnamensis")).get("hits").get(0);
        assertThat(ngocLinh.get("url").asString()).isEqualTo("/species/panax-vietnamensis");
        assertThat(texts(ngocLinh.get("badges"), null)).as("Decree 84/2021 group IA").contains("protected");
        JsonNode coptis = json(api("/api/search", "Coptis chinensis")).get("hits").get(0);
        assertThat(texts(coptis.get("badges"), null)).as("its listings are all unverified").doesNotContain("protected");
        JsonNode tamThat = json(api("/api/search", "tam that")).get("hits").get(0);
        assertThat(texts(tamThat.get("badges"), null)).as("its 3D model is a generated placeholder").doesNotContain("3d");
    }

    @Test
    void english_labels_and_snippets_with_lang_en() throws Exception {
        JsonNode first = json(api("/api/search", "tam that", "lang=en")).get("hits").get(0);
        assertThat(first.get("iri").asString()).isEqualTo(TAM_THAT);
        assertThat(first.get("snippet").asString()).startsWith("A perennial herb of the ginseng family").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void chinese_characters_match_the_chinese_name() throws Exception {
        JsonNode first = json(api("/api/search", "三七")).get("hits").get(0);
        assertThat(first.get("iri").asString()).isEqualTo(TAM_THAT);
        assertThat(first.get("matchedName").asString()).isEqualTo("三七");
        assertThat(first.get("matchedNameLanguage").asString()).isEqualTo("zh");
    }

    @Test
    void type_remedy_returns_only_remedies() throws Exception {
        JsonNode body = json(api("/api/search", "tam that", "type=remedy", "size=100"));
        assertThat(body.get("total").asLong()).isPositive().isEqualTo(body.get("hits").size());
        assertThat(texts(body.get("hits"), "type")).containsOnly("remedy");
        assertThat(texts(body.get("hits"), "url")).allMatch(url -> url.startsWith("/remedies/"));
        JsonNode all = json(api("/api/search", "tam that", "size=100"));
        assertThat(all.get("total").asLong()).isGreaterThan(body.get("total").asLong());
    }

    @Test
    void pages_are_coherent_with_the_total() throws Exception {
        JsonNode all = json(api("/api/search", "bo", "size=100"));
        long total = all.get("total").asLong();
        assertThat(total).isGreaterThan(4).isEqualTo(all.get("hits").size());
        List<String> everything = texts(all.get("hits"), "iri");
        JsonNode first = json(api("/api/search", "bo", "page=0", "size=2"));
        JsonNode second = json(api("/api/search", "bo", "page=1", "size=2"));
        assertThat(first.get("total").asLong()).isEqualTo(total);
        assertThat(second.get("total").asLong()).isEqualTo(total);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(2);
        assertThat(texts(first.get("hits"), "iri")).containsExactlyElementsOf(everything.subList(0, 2));
        assertThat(texts(second.get("hits"), "iri")).containsExactlyElementsOf(everything.subList(2, 4));
        JsonNode beyond = json(api("/api/search", "bo", "page=1000", "size=100"));
        assertThat(beyond.get("total").asLong()).isEqualTo(total);
        assertThat(beyond.get("hits").size()).isZero();
    }

    @Test
    void bad_parameters_are_400_with_a_json_error() throws Exception {
        for (HttpResponse<String> response : List.of(
                api("/api/search", "tam that", "type=plant"),
                api("/api/search", "tam that", "lang=fr"),
                api("/api/search", "tam that", "page=-1"),
                api("/api/search", "tam that", "size=101"),
                api("/api/search", "tam that", "size=0"),
                api("/api/search", "tam that", "page=abc"),
                api("/api/search", ""),
                api("/api/search", "   "),
                get("/api/search"),
                api("/api/suggest", ""),
                api("/api/suggest", "tam", "lang=de"))) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(400);
            assertThat(jsonType(response)).isEqualTo("application/json;charset=utf-8");
            assertThat(JSON.readTree(response.body()).get("error").asString()).isNotBlank();
        }
        assertThat(JSON.readTree(api("/api/search", "tam that", "type=plant").body()).get("error").asString())
                .contains("plant");
    }

    @Test
    void responses_are_utf8_json_cacheable_for_a_minute_and_open_to_any_origin() throws Exception {
        for (HttpResponse<String> response : List.of(api("/api/search", "tam that"), api("/api/suggest", "tam th"))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(jsonType(response)).isEqualTo("application/json;charset=utf-8");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        }
        HttpResponse<String> cors = get("/api/search?q=tam", "Origin", "https://example.org");
        assertThat(cors.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void suggest_completes_tam_th_with_tam_that_first() throws Exception {
        JsonNode suggestions = json(api("/api/suggest", "tam th"));
        assertThat(suggestions.isArray()).isTrue();
        assertThat(suggestions.size()).isBetween(1, 10);
        JsonNode first = suggestions.get(0);
        assertThat(first.get("label").asString()).isEqualTo("Tam thất");
        assertThat(first.get("iri").asString()).isEqualTo(TAM_THAT);
        assertThat(first.get("url").asString()).isEqualTo("/species/panax-notoginseng");
        assertThat(first.get("type").asString()).isEqualTo("species");
        // Species whose other names start with "Tam thất" (Sâm vũ diệp) are offered too, before remedies.
        assertThat(texts(suggestions, "label")).contains("Tam thất hoang", "Tam thất cầm máu, tan máu ứ");
    }

    @Test
    void suggest_finds_a_word_begun_inside_a_name() throws Exception {
        assertThat(texts(json(api("/api/suggest", "that")), "iri")).contains(TAM_THAT);
        assertThat(texts(json(api("/api/suggest", "thất")), "iri")).contains(TAM_THAT);
        assertThat(texts(json(api("/api/suggest", "notoginseng")), "iri")).first().isEqualTo(TAM_THAT);
        assertThat(texts(json(api("/api/suggest", "quy")), "label")).first().isEqualTo("Đương quy");
        assertThat(texts(json(api("/api/suggest", "quy", "lang=en")), "label")).first().asString().startsWith("Dong quai");
    }

    @Test
    void suggest_puts_names_that_start_with_the_text_before_names_that_hold_it_further_in() throws Exception {
        assertThat(texts(json(api("/api/suggest", "tam")), "label")).first().isEqualTo("Tam thất");
        // Thất diệp đảm (Giảo cổ lam) and Thất diệp nhất chi hoa (Bảy lá một hoa) start with "thất";
        // Tam thất only holds it as its second word.
        List<String> iris = texts(json(api("/api/suggest", "thất")), "iri");
        assertThat(iris.indexOf(ID + "species/gynostemma-pentaphyllum")).isNotNegative().isLessThan(iris.indexOf(TAM_THAT));
        assertThat(iris.indexOf(ID + "species/paris-polyphylla")).isNotNegative().isLessThan(iris.indexOf(TAM_THAT));
    }

    @Test
    void suggest_folds_diacritics_and_answers_at_most_ten() throws Exception {
        assertThat(texts(json(api("/api/suggest", "duong")), "label")).first().isEqualTo("Đương quy");
        assertThat(json(api("/api/suggest", "t")).size()).isEqualTo(10);
        assertThat(json(api("/api/suggest", "xyzzy")).size()).isZero();
    }

    @Test
    void restricted_knowledge_is_never_searched_nor_suggested() throws Exception {
        String restricted = "red-dao-family-bath-recipes";
        assertThat(api("/api/search", "family bath recipes", "size=100").body()).doesNotContain(restricted);
        assertThat(api("/api/search", "family bath recipes", "type=knowledge").body()).doesNotContain(restricted);
        assertThat(api("/api/suggest", "bai thuoc tam rieng").body()).doesNotContain(restricted);
        assertThat(api("/api/suggest", "bai thuoc tam").body()).doesNotContain(restricted);
    }

    private static String jsonType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", "");
    }
}
