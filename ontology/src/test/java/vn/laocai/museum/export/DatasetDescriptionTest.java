package vn.laocai.museum.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.Tdb2GraphStore;

class DatasetDescriptionTest {

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private PublicDumps dumps;
    private Model model;
    private Resource dataset;

    @BeforeEach
    void open() {
        store = ExportFixtures.store(directory.resolve("graph"));
        dumps = new DumpCache(store, directory.resolve("dumps"),
                Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC)).current();
        model = new DatasetDescription(store).describe(ExportFixtures.BASE_URL, dumps);
        dataset = model.createResource(DatasetDescription.DATASET);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void counts_triples_and_species_of_the_public_graph() {
        assertThat(value("void", "triples").asLiteral().getLong()).isEqualTo(dumps.triples()).isEqualTo(91);
        assertThat(value("void", "entities").asLiteral().getLong()).isEqualTo(4);
    }

    @Test
    void names_the_endpoint_the_uri_space_the_licence_and_the_date() {
        assertThat(value("void", "sparqlEndpoint").asResource().getURI()).isEqualTo("https://herbs.example.org/sparql");
        assertThat(value("void", "uriSpace").asLiteral().getString()).isEqualTo("https://w3id.org/laocai-herbs/id/");
        assertThat(value("dct", "license").asResource().getURI()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(value("dct", "modified").asLiteral().getLexicalForm()).isEqualTo("2026-03-01");
        assertThat(model.listObjectsOfProperty(dataset, property("dct", "title")).toList())
                .extracting(title -> title.asLiteral().getLanguage()).containsExactlyInAnyOrder("vi", "en");
        assertThat(model.listObjectsOfProperty(dataset, property("void", "vocabulary")).toList()).hasSize(5);
    }

    @Test
    void links_both_dumps_as_distributions_with_their_size() {
        assertThat(model.listObjectsOfProperty(dataset, property("void", "dataDump")).toList())
                .extracting(dump -> dump.asResource().getURI()).containsExactlyInAnyOrder(
                        "https://herbs.example.org/dumps/museum-public.ttl.gz",
                        "https://herbs.example.org/dumps/museum-public.nq.gz");
        assertThat(model.listObjectsOfProperty(dataset, property("dcat", "distribution")).toList())
                .extracting(distribution -> distribution.asResource().getProperty(property("dcat", "byteSize")).getLong())
                .containsExactlyInAnyOrder(dumps.turtle().byteSize(), dumps.nquads().byteSize());
    }

    private RDFNode value(String prefix, String local) {
        return dataset.getProperty(property(prefix, local)).getObject();
    }

    private Property property(String prefix, String local) {
        return model.createProperty(model.getNsPrefixURI(prefix), local);
    }
}
