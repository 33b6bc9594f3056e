package vn.laocai.museum.media;

import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesSummary;

/**
 * Gives every species without an image a generated placeholder picture, stored in the media store
 * and described in the graph as a schema.org ImageObject marked {@code herb:placeholder true}, until
 * curators load real photographs (ingest then removes the placeholder's description). Links to
 * ingested media that a reload of the corpus dropped are restored first, so a species with a
 * photograph never gets a placeholder.
 */
public final class PlaceholderSeeder {

    private static final Logger log = LoggerFactory.getLogger(PlaceholderSeeder.class);
    private static final int WIDTH = 960;
    private static final int HEIGHT = 720;

    private final SpeciesCatalog catalog;
    private final GraphStore graph;
    private final MediaStore media;

    public PlaceholderSeeder(SpeciesCatalog catalog, GraphStore graph, MediaStore media) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.media = Objects.requireNonNull(media, "media");
    }

    /** Seeds the species that lack an image; returns how many got one. */
    public int seedMissing() {
        new MediaLinks(graph).restore();
        List<SpeciesSummary> missing = catalog.list("vi").stream().filter(species -> species.image().isEmpty()).toList();
        if (missing.isEmpty()) {
            return 0;
        }
        // Pictures are drawn and stored in parallel; their descriptions go to the graph in one write.
        List<Model> descriptions = missing.parallelStream().map(this::store).toList();
        descriptions.forEach(description -> ShaclValidator.museum().requireConforming(description, "A placeholder's description"));
        graph.write(writer -> descriptions.forEach(model -> writer.add(MuseumGraph.PUBLIC, model)));
        log.info("Stored generated placeholder images for {} species", missing.size());
        return missing.size();
    }

    private Model store(SpeciesSummary species) {
        StoredObject stored = media.put(PlaceholderImage.png(species.slug(), WIDTH, HEIGHT), "image/png");
        Model model = ModelFactory.createDefaultModel();
        Resource image = model.createResource(MuseumVocab.mediaIri(stored.sha256()))
                .addProperty(RDF.type, MuseumVocab.IMAGE_OBJECT)
                .addProperty(MuseumVocab.OBJECT_KEY, stored.key())
                .addProperty(MuseumVocab.SHA256, stored.sha256())
                .addProperty(MuseumVocab.ENCODING_FORMAT, stored.contentType())
                .addLiteral(MuseumVocab.CONTENT_SIZE, stored.size())
                .addLiteral(MuseumVocab.WIDTH, WIDTH)
                .addLiteral(MuseumVocab.HEIGHT, HEIGHT)
                .addLiteral(MuseumVocab.PLACEHOLDER, true)
                .addProperty(MuseumVocab.CAPTION, "Ảnh minh hoạ tạm thời (tạo tự động) — " + species.title(), "vi")
                .addProperty(MuseumVocab.CAPTION, "Generated placeholder picture — " + species.scientificName(), "en");
        model.createResource(species.iri()).addProperty(MuseumVocab.IMAGE, image);
        return model;
    }
}
