package vn.laocai.museum.app.sparql;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.app.base.web.RdfFormats;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.sparql.PublicSparql;

/** The SPARQL 1.1 Service Description answered by {@code GET /sparql} without a query. */
@Component
class ServiceDescription {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private final PublicSparql sparql;

    ServiceDescription(PublicSparql sparql) {
        this.sparql = sparql;
    }

    ResponseEntity<byte[]> respond(String format, String accept) {
        var chosen = SparqlFormat.choose(false, format, accept);
        if (chosen.isEmpty()) {
            return SparqlController.plain(HttpStatus.NOT_ACCEPTABLE, "The service description is RDF: ask for text/turtle.");
        }
        return ResponseEntity.ok()
                .contentType(RdfFormats.contentType(chosen.get().lang()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(RdfFormats.write(model(), chosen.get().lang()));
    }

    private Model model() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sd", SD);
        Resource service = model.createResource()
                .addProperty(RDF.type, model.createResource(SD + "Service"))
                .addProperty(model.createProperty(SD, "endpoint"), model.createResource("/sparql"))
                .addProperty(model.createProperty(SD, "supportedLanguage"), model.createResource(SD + "SPARQL11Query"))
                .addProperty(model.createProperty("http://purl.org/dc/terms/", "description"),
                        "Public graph of the Lào Cai Digital Medicinal-Herb Museum. Queries stop after "
                                + sparql.timeout().toSeconds() + " s; results hold at most " + sparql.maxRows() + " rows.", "en");
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples"}) {
            service.addProperty(model.createProperty(SD, "resultFormat"), model.createResource("http://www.w3.org/ns/formats/" + format));
        }
        Resource dataset = model.createResource()
                .addProperty(RDF.type, model.createResource(SD + "Dataset"))
                .addProperty(model.createProperty(SD, "defaultGraph"), model.createResource()
                        .addProperty(RDF.type, model.createResource(SD + "Graph"))
                        .addProperty(model.createProperty("http://purl.org/dc/terms/", "source"),
                                model.createResource(MuseumGraph.PUBLIC.iri())));
        service.addProperty(model.createProperty(SD, "defaultDataset"), dataset);
        return model;
    }
}
