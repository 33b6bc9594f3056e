package vn.laocai.museum.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.media.check.GltfCheck;
import vn.laocai.museum.media.check.ModelStats;
import vn.laocai.museum.media.model.ModelPoster;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesSummary;

/**
 * Gives every species without an image a generated placeholder picture, and every strategic herb
 * without a 3D model a generated placeholder model with a poster, stored in the media store and
 * described in the graph as a schema.org ImageObject or 3DModel marked {@code herb:placeholder true},
 * until curators load real photographs and scans (ingest then removes the placeholder). Links to
 * ingested media that a reload of the corpus dropped are restored first, so a species with a
 * photograph never gets a placeholder.
 */
public final class PlaceholderSeeder {

    private static final Logger log = LoggerFactory.getLogger(PlaceholderSeeder.class);
    private static final int WIDTH = 960;
    private static final int HEIGHT = 720;
    private static final int POSTER_SIZE = 800;

    private final SpeciesCatalog catalog;
    private final GraphStore graph;
    private final MediaStore media;

    public PlaceholderSeeder(SpeciesCatalog catalog, GraphStore graph, MediaStore media) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.media = Objects.requireNonNull(media, "media");
    }

    /** Seeds the species that lack an image, and the strategic herbs that lack a model; returns how many got one. */
    public int seedMissing() {
        new MediaLinks(graph).restore();
        List<SpeciesSummary> species = catalog.list("vi");
        List<SpeciesSummary> withoutImage = species.stream().filter(one -> one.image().isEmpty()).toList();
        List<SpeciesSummary> withoutModel = species.stream()
                .filter(one -> one.strategicRank() != null)
                .filter(one -> catalog.find(one.slug(), "vi").map(detail -> detail.models().isEmpty()).orElse(false))
                .toList();
        if (withoutImage.isEmpty() && withoutModel.isEmpty()) {
            return 0;
        }
        // Files are drawn and stored in parallel; their descriptions go to the graph in one write.
        List<Model> descriptions = new ArrayList<>(withoutImage.parallelStream().map(this::store).toList());
        descriptions.addAll(withoutModel.parallelStream().map(this::storeModel).toList());
        descriptions.forEach(description -> ShaclValidator.museum().requireConforming(description, "A placeholder's description"));
        graph.write(writer -> descriptions.forEach(model -> writer.add(MuseumGraph.PUBLIC, model)));
        log.info("Stored generated placeholders: {} pictures, {} 3D models", withoutImage.size(), withoutModel.size());
        return withoutImage.size() + withoutModel.size();
    }

    /** A generated model and its poster, described like an ingested scan (size, triangles) and marked as a placeholder. */
    private Model storeModel(SpeciesSummary species) {
        byte[] glb = PlaceholderModel.glb(species.slug());
        ModelStats stats = new GltfCheck().checkGlb(glb);
        StoredObject stored = media.put(glb, "model/gltf-binary");
        StoredObject poster = media.put(ModelPoster.png(glb, POSTER_SIZE, POSTER_SIZE), "image/png");
        Model model = ModelFactory.createDefaultModel();
        Resource scan = described(model, stored, MuseumVocab.MODEL_3D)
                .addLiteral(MuseumVocab.PLACEHOLDER, true)
                .addProperty(MuseumVocab.CAPTION, "Mô hình 3D minh hoạ tạm thời (tạo tự động) — " + species.title(), "vi")
                .addProperty(MuseumVocab.CAPTION, "Generated placeholder 3D model — " + species.scientificName(), "en")
                .addProperty(MuseumVocab.ABOUT, model.createResource(species.iri()));
        Resource triangles = model.createResource(scan.getURI() + "#triangleCount")
                .addProperty(RDF.type, model.createResource(MuseumVocab.SCHEMA + "PropertyValue"))
                .addProperty(model.createProperty(MuseumVocab.SCHEMA, "propertyID"), "triangleCount")
                .addLiteral(model.createProperty(MuseumVocab.SCHEMA, "value"), stats.triangles());
        scan.addProperty(model.createProperty(MuseumVocab.SCHEMA, "additionalProperty"), triangles);
        Resource still = described(model, poster, MuseumVocab.IMAGE_OBJECT)
                .addLiteral(MuseumVocab.WIDTH, POSTER_SIZE)
                .addLiteral(MuseumVocab.HEIGHT, POSTER_SIZE)
                .addLiteral(MuseumVocab.PLACEHOLDER, true);
        scan.addProperty(MuseumVocab.THUMBNAIL, still);
        model.createResource(species.iri()).addProperty(MuseumVocab.SUBJECT_OF, scan);
        return model;
    }

    private static Resource described(Model model, StoredObject stored, Resource type) {
        return model.createResource(MuseumVocab.mediaIri(stored.sha256()))
                .addProperty(RDF.type, type)
                .addProperty(MuseumVocab.OBJECT_KEY, stored.key())
                .addProperty(MuseumVocab.SHA256, stored.sha256())
                .addProperty(MuseumVocab.ENCODING_FORMAT, stored.contentType())
                .addLiteral(MuseumVocab.CONTENT_SIZE, stored.size());
    }

    private Model store(SpeciesSummary species) {
        StoredObject stored = media.put(PlaceholderImage.png(species.slug(), WIDTH, HEIGHT), "image/png");
        Model model = ModelFactory.createDefaultModel();
        Resource image = described(model, stored, MuseumVocab.IMAGE_OBJECT)
                .addLiteral(MuseumVocab.WIDTH, WIDTH)
                .addLiteral(MuseumVocab.HEIGHT, HEIGHT)
                .addLiteral(MuseumVocab.PLACEHOLDER, true)
                .addProperty(MuseumVocab.CAPTION, "Ảnh minh hoạ tạm thời (tạo tự động) — " + species.title(), "vi")
                .addProperty(MuseumVocab.CAPTION, "Generated placeholder picture — " + species.scientificName(), "en");
        model.createResource(species.iri()).addProperty(MuseumVocab.IMAGE, image);
        return model;
    }
}
