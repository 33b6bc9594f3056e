package vn.laocai.museum.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesSummary;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** Placeholder pictures: stored in S3 over HTTP, described in the graph, once per species. */
class PlaceholderSeederTest {

    @TempDir
    Path directory;

    private EmbeddedS3Server server;
    private S3MediaStore media;
    private Tdb2GraphStore graph;

    @BeforeEach
    void start() throws Exception {
        server = EmbeddedS3Server.start(directory.resolve("media"), 0, "test-access", "test-secret-key");
        media = S3MediaStore.connect(server.settings("museum-media"));
        graph = Tdb2GraphStore.open(directory.resolve("graph"));
        Model species = ModelFactory.createDefaultModel();
        for (String slug : new String[] {"panax-notoginseng", "cinnamomum-cassia", "coptis-chinensis"}) {
            Resource taxon = species.createResource(MuseumVocab.speciesIri(slug))
                    .addProperty(RDF.type, MuseumVocab.TAXON)
                    .addProperty(MuseumVocab.SLUG, slug)
                    .addProperty(MuseumVocab.SCIENTIFIC_NAME, slug.replace('-', ' '));
            taxon.addProperty(MuseumVocab.NAME, slug, "vi");
        }
        graph.write(writer -> writer.add(MuseumGraph.PUBLIC, species));
    }

    @AfterEach
    void stop() {
        graph.close();
        media.close();
        server.close();
    }

    @Test
    void every_species_without_a_picture_gets_one_stored_and_described_once() {
        SpeciesCatalog catalog = new SpeciesCatalog(graph);
        PlaceholderSeeder seeder = new PlaceholderSeeder(catalog, graph, media);

        assertThat(seeder.seedMissing()).isEqualTo(3);
        assertThat(catalog.list("vi")).allSatisfy(species -> {
            String key = species.image().orElseThrow();
            assertThat(media.stat(key)).as(species.slug()).hasValueSatisfying(
                    object -> assertThat(object.contentType()).isEqualTo("image/png"));
        });
        assertThat(catalog.list("vi")).extracting(SpeciesSummary::imageKey).doesNotHaveDuplicates();

        long triples = graph.size(MuseumGraph.PUBLIC);
        assertThat(seeder.seedMissing()).isZero();
        assertThat(graph.size(MuseumGraph.PUBLIC)).isEqualTo(triples);
    }
}
