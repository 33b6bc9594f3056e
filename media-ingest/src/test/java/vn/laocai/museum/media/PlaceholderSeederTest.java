package vn.laocai.museum.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.media.check.GltfCheck;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesModel;
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
        species.getResource(MuseumVocab.speciesIri("panax-notoginseng")).addLiteral(MuseumVocab.STRATEGIC_RANK, 3);
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

        assertThat(seeder.seedMissing()).as("three pictures and the strategic herb's model").isEqualTo(4);
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

    @Test
    void a_strategic_herb_gets_a_placeholder_model_with_a_poster_and_the_others_none() throws Exception {
        SpeciesCatalog catalog = new SpeciesCatalog(graph);
        new PlaceholderSeeder(catalog, graph, media).seedMissing();

        List<SpeciesModel> models = catalog.find("panax-notoginseng", "en").orElseThrow().models();
        assertThat(models).hasSize(1);
        SpeciesModel model = models.getFirst();
        assertThat(model.placeholder()).isTrue();
        assertThat(model.caption()).startsWith("Generated placeholder 3D model");
        assertThat(model.triangles()).isEqualTo(2L * 48 * 32);
        byte[] glb;
        try (MediaContent content = media.get(model.key()).orElseThrow()) {
            glb = content.stream().readAllBytes();
        }
        assertThat(new GltfCheck().checkGlb(glb).triangles()).isEqualTo(model.triangles());
        assertThat(model.bytes()).isEqualTo(glb.length);
        assertThat(media.stat(model.posterKey())).hasValueSatisfying(
                poster -> assertThat(poster.contentType()).isEqualTo("image/png"));
        assertThat(catalog.find("coptis-chinensis", "en").orElseThrow().models()).as("not a strategic herb").isEmpty();
    }

    @Test
    void species_whose_hues_come_out_alike_still_get_pictures_of_their_own() {
        assertThat(PlaceholderImage.png("epimedium", 96, 72)).isNotEqualTo(PlaceholderImage.png("salvia-miltiorrhiza", 96, 72));
    }
}
