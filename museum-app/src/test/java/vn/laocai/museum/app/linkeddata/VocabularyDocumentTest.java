package vn.laocai.museum.app.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.AppTestBase;

/** The vocabulary served at its namespace IRI. */
class VocabularyDocumentTest extends AppTestBase {

    @Test
    void browsers_get_a_readable_page_of_terms_in_both_languages() throws Exception {
        HttpResponse<String> page = get("/ns", "Accept", "text/html,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("herb:Remedy").contains("herb:scientificName".replace("scientificName", "strategicRank"))
                .contains("lang=\"vi\"").contains("lang=\"en\"");
    }

    @Test
    void rdf_clients_get_the_ontology() throws Exception {
        HttpResponse<String> turtle = get("/ns", "Accept", "text/turtle");
        assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(turtle.body()), null, "TTL");
        assertThat(model.contains(model.createResource("https://w3id.org/laocai-herbs/ns#Remedy"), null)).isTrue();
        assertThat(get("/ns.jsonld").headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(get("/ns.xyz").statusCode()).isEqualTo(404);
    }
}
