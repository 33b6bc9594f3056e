package vn.laocai.museum.app.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.AppTestBase;

/** The SPARQL 1.1 Protocol at /sparql, over HTTP against the running museum. */
class SparqlEndpointTest extends AppTestBase {

    private static final String SPECIES = "PREFIX dwc: <http://rs.tdwg.org/dwc/terms/> "
            + "SELECT ?name WHERE { ?s dwc:scientificName ?name } ORDER BY ?name LIMIT 3";

    private HttpResponse<String> query(String query, String... headers) throws Exception {
        return get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), headers);
    }

    private HttpResponse<String> post(String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/sparql"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void get_select_answers_sparql_json_by_default() throws Exception {
        HttpResponse<String> response = query(SPECIES);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/sparql-results+json"));
        assertThat(response.body()).contains("\"vars\"").contains("\"name\"").contains("Abelmoschus sagittifolius");
        assertThat(response.headers().firstValue("Museum-Query-Time-Ms")).isPresent();
    }

    @Test
    void post_form_and_post_query_body_give_the_same_answer() throws Exception {
        String form = "query=" + URLEncoder.encode(SPECIES, StandardCharsets.UTF_8);
        HttpResponse<String> viaForm = post("application/x-www-form-urlencoded", form);
        HttpResponse<String> viaBody = post("application/sparql-query", SPECIES);
        assertThat(viaForm.statusCode()).isEqualTo(200);
        assertThat(viaBody.statusCode()).isEqualTo(200);
        assertThat(viaBody.body()).isEqualTo(viaForm.body()).isEqualTo(query(SPECIES).body());
    }

    @Test
    void accept_with_q_values_and_the_format_parameter_choose_the_format() throws Exception {
        HttpResponse<String> xml = query(SPECIES, "Accept", "text/csv;q=0.5, application/sparql-results+xml");
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+xml");
        assertThat(xml.body()).contains("<sparql");

        HttpResponse<String> csv = query(SPECIES, "Accept", "text/csv");
        assertThat(csv.body()).startsWith("name\r\n").contains("Abelmoschus sagittifolius");

        HttpResponse<String> tsv = get("/sparql?format=tsv&query=" + URLEncoder.encode(SPECIES, StandardCharsets.UTF_8));
        assertThat(tsv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/tab-separated-values");
        assertThat(String.join(",", tsv.headers().allValues("Vary"))).contains("Accept");
    }

    @Test
    void construct_answers_turtle_or_json_ld() throws Exception {
        String construct = "CONSTRUCT { ?s <https://schema.org/name> ?n } WHERE { ?s <https://schema.org/name> ?n } LIMIT 5";
        HttpResponse<String> turtle = query(construct);
        assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        HttpResponse<String> jsonLd = query(construct, "Accept", "application/ld+json");
        assertThat(jsonLd.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(jsonLd.body()).contains("@");
        HttpResponse<String> nt = query(construct, "Accept", "application/n-triples");
        assertThat(nt.body()).contains("<https://schema.org/name>");
    }

    @Test
    void an_unsupported_media_type_is_406() throws Exception {
        assertThat(query(SPECIES, "Accept", "image/png").statusCode()).isEqualTo(406);
        assertThat(query("ASK { ?s ?p ?o }", "Accept", "text/turtle").statusCode()).isEqualTo(406);
    }

    @Test
    void a_syntax_error_is_400_with_the_parser_message() throws Exception {
        HttpResponse<String> response = query("SELECT * WHERE { ?s ?p }");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Query syntax error").contains("line 1");
    }

    @Test
    void updates_are_refused() throws Exception {
        assertThat(post("application/sparql-update", "DROP ALL").statusCode()).isEqualTo(405);
        assertThat(post("application/x-www-form-urlencoded", "update=DROP%20ALL").statusCode()).isEqualTo(405);
        assertThat(query("INSERT DATA { <urn:a> <urn:b> <urn:c> }").statusCode()).isEqualTo(400);
        assertThat(query(SPECIES).body()).contains("Abelmoschus");
    }

    @Test
    void a_runaway_query_is_stopped_with_503_not_a_truncated_success() throws Exception {
        HttpResponse<String> response = query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("stopped after the time limit");
        assertThat(query(SPECIES).statusCode()).isEqualTo(200);
    }

    @Test
    void a_result_cut_at_the_row_cap_says_so() throws Exception {
        HttpResponse<String> response = query("SELECT * WHERE { ?s ?p ?o }");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Museum-Result-Truncated")).contains("true; limit=2000");
    }

    @Test
    void browsers_on_other_sites_may_call_it() throws Exception {
        HttpResponse<String> response = query(SPECIES, "Origin", "https://yasgui.example");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void without_a_query_it_describes_itself() throws Exception {
        HttpResponse<String> response = get("/sparql");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("sd:Service").contains("SPARQL11Query").contains("graph/public");
    }

    @Test
    void default_graph_uri_is_honoured_within_what_the_caller_may_see() throws Exception {
        String publicGraph = URLEncoder.encode("https://w3id.org/laocai-herbs/graph/public", StandardCharsets.UTF_8);
        String restricted = URLEncoder.encode("https://w3id.org/laocai-herbs/graph/restricted", StandardCharsets.UTF_8);
        String ask = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        assertThat(get("/sparql?default-graph-uri=" + publicGraph + "&query=" + ask).body()).contains("true");
        assertThat(get("/sparql?default-graph-uri=" + restricted + "&query=" + ask).body()).contains("false");
        assertThat(query("ASK FROM <https://w3id.org/laocai-herbs/graph/restricted> { ?s ?p ?o }").body()).contains("false");
    }

    @Test
    void the_site_answers_while_a_runaway_query_is_being_stopped() throws Exception {
        var runaway = http.sendAsync(HttpRequest.newBuilder(url("/sparql?query=" + URLEncoder.encode(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(query(SPECIES).statusCode()).isEqualTo(200);
        assertThat(runaway.isDone()).as("the quick requests were answered while the runaway still ran").isFalse();
        assertThat(runaway.get().statusCode()).isEqualTo(503);
    }
}
