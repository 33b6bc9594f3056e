package vn.laocai.museum.app.sector;

import static vn.laocai.museum.app.sector.SectorColumn.Kind.DATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Queries;

/**
 * OCOP products: stars, producer, place, and the dates of their OCOP certificate, which is a
 * certification of its own ({@code herb:certificationScheme "ocop"}, {@code schema:about} the
 * product), as in the corpus; a row writes both.
 */
final class OcopProductTable extends SectorTable {

    /** Columns that, left empty, keep what the graph holds: the certificate and the cited source. */
    private static final List<String> KEPT_WHEN_EMPTY = List.of("certificate", "certified_from", "certified_to", "source_title",
            "source_url");

    OcopProductTable() {
        super("ocop-products", org.apache.jena.rdf.model.ResourceFactory.createResource(SectorTables.HERB + "OcopProduct"), List.of(
                SectorColumn.id("id"),
                SectorColumn.text("name_vi", true, SectorTables.NAME, "vi"),
                SectorColumn.text("name_en", true, SectorTables.NAME, "en"),
                SectorColumn.integer("stars", true, property(SectorTables.HERB, "ocopRating"), 3, 5),
                SectorColumn.reference("producer", true, property(SectorTables.SCHEMA, "manufacturer"), "org/", SectorTables.ORGANISATION),
                SectorColumn.reference("place", false, DCTerms.spatial, "place/", SectorTables.COMMUNE, SectorTables.DISTRICT),
                SectorColumn.text("certificate", false, null, null),
                SectorColumn.of("certified_from", DATE, false, null),
                SectorColumn.of("certified_to", DATE, false, null),
                SectorColumn.text("source_title", false, null, null),
                SectorColumn.text("source_url", false, null, null)), List.of("id"));
    }

    @Override
    String mint(Map<String, String> values) {
        return MuseumVocab.ID + "ocop/" + values.get("id");
    }

    @Override
    void constants(Resource record) {
        record.addProperty(RDF.type, record.getModel().createResource(SectorTables.HERB + "OcopProduct"));
        record.addProperty(RDF.type, record.getModel().createResource(SectorTables.SCHEMA + "Product"));
    }

    @Override
    Query stored() {
        return Queries.load(SectorTable.class, "ocop-records");
    }

    @Override
    Map<String, RDFNode> storedBindings() {
        return Map.of();
    }

    /** Dates come together or not at all: a certificate without both is not one. */
    @Override
    List<FieldError> crossCheck(Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>(SectorTables.validityOrder(values, "certified_from", "certified_to"));
        boolean from = !SectorValues.clean(values.get("certified_from")).isEmpty();
        boolean to = !SectorValues.clean(values.get("certified_to")).isEmpty();
        boolean number = !SectorValues.clean(values.get("certificate")).isEmpty();
        if ((from || number) && !to) {
            errors.add(FieldError.of("certified_to", "required"));
        }
        if ((to || number) && !from) {
            errors.add(FieldError.of("certified_from", "required"));
        }
        String title = SectorValues.clean(values.get("source_title"));
        String url = SectorValues.clean(values.get("source_url"));
        if (!url.isEmpty() && !url.matches("https?://\\S+")) {
            errors.add(FieldError.of("source_url", "url", url));
        }
        if (title.isEmpty() != url.isEmpty()) {
            errors.add(FieldError.of(title.isEmpty() ? "source_title" : "source_url", "required"));
        }
        return errors;
    }

    /** The product and the OCOP certificate its row wrote. */
    @Override
    List<String> parts(String iri, Model staff) {
        List<String> parts = new ArrayList<>(super.parts(iri, staff));
        Resource certificate = certificate(staff, staff.createResource(iri));
        if (certificate != null && certificate.isURIResource()) {
            parts.add(certificate.getURI());
        }
        return parts;
    }

    @Override
    boolean keptWhenEmpty(String column) {
        return KEPT_WHEN_EMPTY.contains(column);
    }

    @Override
    Model describe(String iri, Map<String, String> values, Model stored) {
        Model model = super.describe(iri, values, stored);
        if (!SectorValues.clean(values.get("source_url")).isEmpty()) {
            Resource product = model.createResource(iri);
            model.listObjectsOfProperty(product, DCTerms.source).toList().forEach(former -> {
                if (former.isAnon()) {
                    model.removeAll(former.asResource(), null, null);
                }
            });
            model.removeAll(product, DCTerms.source, null);
            product.addProperty(DCTerms.source, model.createResource(iri + "#source")
                    .addProperty(RDF.type, DCTerms.BibliographicResource)
                    .addProperty(property(SectorTables.SCHEMA, "url"), model.createResource(values.get("source_url").strip()))
                    .addProperty(DCTerms.title, values.get("source_title").strip()));
        }
        if (SectorValues.clean(values.get("certified_from")).isEmpty()) {
            return model;
        }
        Resource product = model.createResource(iri);
        Resource former = stored == null ? null : certificate(stored, stored.createResource(iri));
        Resource certificate = model.createResource(former != null ? former.getURI()
                : MuseumVocab.ID + "cert/ocop-" + slug(iri))
                .addProperty(RDF.type, SectorTables.CERTIFICATION)
                .addProperty(SectorTables.SCHEME, "ocop")
                .addProperty(SectorTables.ABOUT, product)
                .addProperty(SectorTables.STATUS, SectorTables.ACTIVE)
                .addProperty(SectorTables.VALID_FROM, node(column("certified_from"), values.get("certified_from").strip()))
                .addProperty(SectorTables.EXPIRES, node(column("certified_to"), values.get("certified_to").strip()));
        if (!SectorValues.clean(values.get("certificate")).isEmpty()) {
            certificate.addProperty(SectorTables.IDENTIFICATION, values.get("certificate").strip());
        }
        if (Boolean.parseBoolean(SectorValues.clean(values.get(SAMPLE)))) {
            certificate.addProperty(DCTerms.type, SAMPLE_DATA);
        }
        if (former != null) {
            // The certifier and anything else the certificate said stay.
            former.listProperties().filterDrop(s -> List.of(RDF.type, SectorTables.SCHEME, SectorTables.ABOUT, SectorTables.STATUS,
                    SectorTables.VALID_FROM, SectorTables.EXPIRES, SectorTables.IDENTIFICATION, DCTerms.type).contains(s.getPredicate()))
                    .forEach(statement -> copy(statement, model));
        }
        return model;
    }

    @Override
    Map<String, String> read(Model stored, Resource record) {
        Map<String, String> values = super.read(stored, record);
        record.listProperties(DCTerms.source).nextOptional().map(statement -> statement.getObject().asResource()).ifPresent(source -> {
            values.put("source_title", source.hasProperty(DCTerms.title) ? source.getProperty(DCTerms.title).getString() : "");
            values.put("source_url", source.hasProperty(property(SectorTables.SCHEMA, "url"))
                    ? source.getProperty(property(SectorTables.SCHEMA, "url")).getObject().toString() : "");
        });
        Resource certificate = certificate(stored, record);
        if (certificate != null) {
            values.put("certificate", readColumn(certificate, SectorColumn.text("certificate", false, SectorTables.IDENTIFICATION, null)));
            values.put("certified_from", readColumn(certificate, SectorColumn.of("certified_from", DATE, false, SectorTables.VALID_FROM)));
            values.put("certified_to", readColumn(certificate, SectorColumn.of("certified_to", DATE, false, SectorTables.EXPIRES)));
        }
        return values;
    }

    private static Resource certificate(Model stored, Resource product) {
        return stored.listSubjectsWithProperty(SectorTables.ABOUT, product)
                .filterKeep(subject -> subject.hasProperty(SectorTables.SCHEME, "ocop")).nextOptional().orElse(null);
    }

    private SectorColumn column(String name) {
        return columns().stream().filter(column -> column.name().equals(name)).findFirst().orElseThrow();
    }

}
