package vn.laocai.museum.media.ingest;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The shared terms media descriptions use beyond {@link MuseumVocab}: all schema.org or PROV-O,
 * so no term of our own is needed for licences, creators, thumbnails or model statistics
 * (those are schema:PropertyValue items, schema.org's way to carry measured values).
 */
final class MediaTerms {

    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SCHEMA = MuseumVocab.SCHEMA;

    static final Resource MODEL_3D = MuseumVocab.MODEL_3D;
    static final Resource PROPERTY_VALUE = resource("PropertyValue");
    static final Resource PLACE = resource("Place");
    static final Property LICENSE = property("license");
    static final Property CREATOR = property("creator");
    static final Property DATE_CREATED = property("dateCreated");
    static final Property CONTENT_LOCATION = property("contentLocation");
    static final Property THUMBNAIL = MuseumVocab.THUMBNAIL;
    static final Property SUBJECT_OF = MuseumVocab.SUBJECT_OF;
    static final Property ADDITIONAL_PROPERTY = property("additionalProperty");
    static final Property PROPERTY_ID = property("propertyID");
    static final Property VALUE = property("value");
    static final Property MIN_VALUE = property("minValue");
    static final Property MAX_VALUE = property("maxValue");
    static final Property UNIT_CODE = property("unitCode");
    static final Property UPLOAD_DATE = property("uploadDate");
    static final Property WAS_DERIVED_FROM = ResourceFactory.createProperty(PROV, "wasDerivedFrom");

    private MediaTerms() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(SCHEMA + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(SCHEMA, local);
    }
}
