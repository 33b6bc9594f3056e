package vn.laocai.museum.app.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.ontology.MuseumVocab;

/** Dereferencing the museum's IRIs over HTTP. */
class LinkedDataTest extends AppTestBase {

    private static final String TAM_THAT = "/id/species/panax-notoginseng";

    @Test
    void a_browser_is_sent_to_the_species_page() throws Exception {
        HttpResponse<String> response = get(TAM_THAT, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/species/panax-notoginseng");
        assertThat(String.join(",", response.headers().allValues("Vary"))).contains("Accept");
    }

    @Test
    void an_rdf_client_gets_turtle_with_names_sources_and_linked_labels() throws Exception {
        HttpResponse<String> response = get(TAM_THAT, "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(response.body()), null, "TTL");
        String iri = MuseumVocab.speciesIri("panax-notoginseng");
        assertThat(model.contains(model.createResource(iri), MuseumVocab.SCIENTIFIC_NAME, "Panax notoginseng")).isTrue();
        assertThat(model.listObjectsOfProperty(MuseumVocab.LITERAL_FORM).toList())
                .anyMatch(form -> form.asLiteral().getLexicalForm().equals("三七"));
        assertThat(model.listSubjectsWithProperty(MuseumVocab.URL).toList()).isNotEmpty();
    }

    @Test
    void suffixes_choose_the_format() throws Exception {
        assertThat(get(TAM_THAT + ".jsonld").headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(get(TAM_THAT + ".rdf").headers().firstValue("Content-Type").orElseThrow()).startsWith("application/rdf+xml");
        HttpResponse<String> nt = get(TAM_THAT + ".nt");
        assertThat(nt.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/n-triples");
        assertThat(nt.body()).contains("<" + MuseumVocab.speciesIri("panax-notoginseng") + ">");
        assertThat(get(TAM_THAT + ".ttl", "Accept", "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void json_ld_by_accept_with_q_values() throws Exception {
        HttpResponse<String> response = get(TAM_THAT, "Accept", "text/turtle;q=0.4, application/ld+json;q=0.9");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
    }

    @Test
    void unknown_iris_are_404() throws Exception {
        assertThat(get("/id/species/no-such-herb", "Accept", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("/id/species/..%2Fsecret", "Accept", "text/turtle").statusCode()).isIn(400, 404);
        assertThat(get("/id/species/Panax_Notoginseng").statusCode()).isEqualTo(404);
    }
}
