package vn.laocai.museum.media.ingest;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.media.StoredObject;
import vn.laocai.museum.media.check.ModelStats;
import vn.laocai.museum.media.image.Renditions;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The triples that describe one ingested file: a schema:ImageObject or schema:3DModel named by its
 * checksum ({@code id/media/<sha256>}), with its key, size, format, dimensions, licence, creator,
 * date and place; its renditions as schema:thumbnail (each prov:wasDerivedFrom the original); and
 * the link from the species, remedy or story it shows. Every resource minted here is the media IRI
 * or a fragment of it, so {@code removeResource(media)} takes all of it away.
 */
final class MediaDescription {

    private MediaDescription() {}

    /** A picture and its renditions. */
    static Model image(IngestItem item, String target, StoredObject original, int width, int height,
            List<StoredRendition> renditions) {
        Model model = ModelFactory.createDefaultModel();
        Resource media = common(model, item, target, original, MuseumVocab.IMAGE_OBJECT)
                .addLiteral(MuseumVocab.WIDTH, width)
                .addLiteral(MuseumVocab.HEIGHT, height);
        for (StoredRendition rendition : renditions) {
            Resource derived = object(model, rendition.object(), MuseumVocab.IMAGE_OBJECT)
                    .addLiteral(MuseumVocab.WIDTH, rendition.rendition().width())
                    .addLiteral(MuseumVocab.HEIGHT, rendition.rendition().height())
                    .addProperty(MediaTerms.WAS_DERIVED_FROM, media);
            media.addProperty(MediaTerms.THUMBNAIL, derived);
        }
        model.createResource(target).addProperty(MuseumVocab.IMAGE, media);
        return model;
    }

    /** A glTF model with what a kiosk has to draw. */
    static Model model(IngestItem item, String target, StoredObject original, ModelStats stats, StoredPoster poster) {
        Model model = ModelFactory.createDefaultModel();
        Resource media = common(model, item, target, original, MediaTerms.MODEL_3D);
        Resource still = object(model, poster.object(), MuseumVocab.IMAGE_OBJECT)
                .addLiteral(MuseumVocab.WIDTH, poster.width())
                .addLiteral(MuseumVocab.HEIGHT, poster.height())
                .addProperty(MediaTerms.WAS_DERIVED_FROM, media);
        media.addProperty(MediaTerms.THUMBNAIL, still);
        count(media, "meshCount", stats.meshes());
        count(media, "triangleCount", stats.triangles());
        count(media, "vertexCount", stats.vertices());
        count(media, "textureCount", stats.textures());
        stats.boundingBox().ifPresent(box -> {
            String[] axes = {"X", "Y", "Z"};
            for (int axis = 0; axis < 3; axis++) {
                // glTF positions are in metres (UN/CEFACT code MTR).
                Resource extent = model.createResource(media.getURI() + "#boundingBox" + axes[axis])
                        .addProperty(RDF.type, MediaTerms.PROPERTY_VALUE)
                        .addProperty(MediaTerms.PROPERTY_ID, "boundingBox" + axes[axis])
                        .addLiteral(MediaTerms.MIN_VALUE, box[axis])
                        .addLiteral(MediaTerms.MAX_VALUE, box[axis + 3])
                        .addProperty(MediaTerms.UNIT_CODE, "MTR");
                media.addProperty(MediaTerms.ADDITIONAL_PROPERTY, extent);
            }
        });
        model.createResource(target).addProperty(MediaTerms.SUBJECT_OF, media);
        return model;
    }

    /** Only the link, for a file that is already described. */
    static Model link(String target, String mediaIri, boolean image) {
        Model model = ModelFactory.createDefaultModel();
        Resource media = model.createResource(mediaIri);
        model.createResource(target).addProperty(image ? MuseumVocab.IMAGE : MediaTerms.SUBJECT_OF, media);
        media.addProperty(MuseumVocab.ABOUT, model.createResource(target));
        return model;
    }

    private static Resource common(Model model, IngestItem item, String target, StoredObject original, Resource type) {
        Resource media = object(model, original, type);
        item.titles().forEach((language, title) -> media
                .addProperty(MuseumVocab.NAME, title, language)
                .addProperty(MuseumVocab.CAPTION, title, language));
        if (item.creator() != null) {
            media.addProperty(MediaTerms.CREATOR, item.creator());
        }
        if (item.licence() != null) {
            String licence = item.licence();
            if (licence.startsWith("http://") || licence.startsWith("https://")) {
                media.addProperty(MediaTerms.LICENSE, model.createResource(licence));
            } else {
                media.addProperty(MediaTerms.LICENSE, licence);
            }
        }
        if (item.date() != null) {
            media.addLiteral(MediaTerms.DATE_CREATED, date(model, item.date()));
        }
        if (item.place() != null) {
            String place = item.place();
            Resource location = place.startsWith("http://") || place.startsWith("https://")
                    ? model.createResource(place)
                    : model.createResource(media.getURI() + "#place")
                            .addProperty(RDF.type, MediaTerms.PLACE)
                            .addProperty(MuseumVocab.NAME, place, "vi");
            media.addProperty(MediaTerms.CONTENT_LOCATION, location);
        }
        media.addProperty(MuseumVocab.ABOUT, model.createResource(target));
        return media;
    }

    private static Resource object(Model model, StoredObject stored, Resource type) {
        return model.createResource(MuseumVocab.mediaIri(stored.sha256()))
                .addProperty(RDF.type, type)
                .addProperty(MuseumVocab.OBJECT_KEY, stored.key())
                .addProperty(MuseumVocab.SHA256, stored.sha256())
                .addProperty(MuseumVocab.ENCODING_FORMAT, stored.contentType())
                .addLiteral(MuseumVocab.CONTENT_SIZE, stored.size());
    }

    private static void count(Resource media, String id, long value) {
        Model model = media.getModel();
        Resource property = model.createResource(media.getURI() + "#" + id)
                .addProperty(RDF.type, MediaTerms.PROPERTY_VALUE)
                .addProperty(MediaTerms.PROPERTY_ID, id)
                .addLiteral(MediaTerms.VALUE, value);
        media.addProperty(MediaTerms.ADDITIONAL_PROPERTY, property);
    }

    private static org.apache.jena.rdf.model.Literal date(Model model, String text) {
        try {
            return model.createTypedLiteral(LocalDate.parse(text).toString(), XSDDatatype.XSDdate);
        } catch (DateTimeParseException notADay) {
            try {
                return model.createTypedLiteral(Year.parse(text).toString(), XSDDatatype.XSDgYear);
            } catch (DateTimeParseException notAYear) {
                return model.createLiteral(text); // "around 1990", as the curator wrote it
            }
        }
    }

    /** A rendition as stored. */
    record StoredRendition(Renditions.Rendition rendition, StoredObject object) {}

    /** The still picture drawn from a 3D model, shown until the viewer loads it. */
    record StoredPoster(StoredObject object, int width, int height) {}
}
