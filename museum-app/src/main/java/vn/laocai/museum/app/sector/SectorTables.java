package vn.laocai.museum.app.sector;

import static vn.laocai.museum.app.sector.SectorColumn.Kind.DATE;
import static vn.laocai.museum.app.sector.SectorColumn.Kind.NUMBER;
import static vn.laocai.museum.app.sector.SectorColumn.Kind.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The sector tables staff keep (growing areas, organisations, certifications, OCOP products, yearly
 * output, market prices), each in the vocabulary the corpus already uses (W3C ORG,
 * schema.org, Dublin Core and the museum's own terms), so what staff enter reads exactly like the
 * sample records on the dashboard, the trace pages and the report.
 *
 * <pre>{@code
 * SectorTables.find("yearly-output").map(SectorTable::columnNames);   // species, commune, year, tonnes, hectares, sample
 * }</pre>
 */
public final class SectorTables {

    static final String HERB = MuseumVocab.HERB;
    static final String SCHEMA = MuseumVocab.SCHEMA;
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String TAXON = MuseumVocab.DWC + "Taxon";
    static final String COMMUNE = HERB + "Commune";
    static final String DISTRICT = HERB + "FormerDistrict";
    static final String ORGANISATION = ORG + "FormalOrganization";
    static final Property SPECIES = SectorTable.property(HERB, "species");
    static final Property NAME = SectorTable.property(SCHEMA, "name");
    static final Property VALID_FROM = SectorTable.property(SCHEMA, "validFrom");
    static final Property EXPIRES = SectorTable.property(SCHEMA, "expires");
    static final Property ABOUT = SectorTable.property(SCHEMA, "about");
    static final Property SCHEME = SectorTable.property(HERB, "certificationScheme");
    static final Property IDENTIFICATION = SectorTable.property(SCHEMA, "certificationIdentification");
    static final Property STATUS = SectorTable.property(SCHEMA, "certificationStatus");
    static final Resource ACTIVE = ResourceFactory.createResource(SCHEMA + "CertificationActive");
    static final Resource CERTIFICATION = ResourceFactory.createResource(SCHEMA + "Certification");
    static final List<String> PARTS = List.of("root", "rhizome", "tuber", "bulb", "bark", "stem", "twig", "leaf", "flower",
            "fruit", "seed", "whole-plant", "aerial-parts", "wood", "resin");

    private static final List<SectorTable> ALL = List.of(new GrowingAreaTable(), organisations(), certifications(), new OcopProductTable(),
            yearlyOutput(), marketPrices());

    private SectorTables() {}

    public static List<SectorTable> all() {
        return ALL;
    }

    public static Optional<SectorTable> find(String key) {
        return ALL.stream().filter(table -> table.key().equals(key)).findFirst();
    }

    /** Enterprises, cooperatives, certifiers and authorities (W3C ORG), by slug. */
    static SectorTable organisations() {
        return new Simple("organisations", ORGANISATION, List.of(
                SectorColumn.id("id"),
                SectorColumn.text("name_vi", true, NAME, "vi"),
                SectorColumn.text("name_en", false, NAME, "en"),
                SectorColumn.choice("kind", true, SectorTable.property(ORG, "classification"), HERB + "org-",
                        List.of("enterprise", "cooperative", "certifier", "authority")),
                SectorColumn.reference("commune", false, DCTerms.spatial, "place/", COMMUNE, DISTRICT)),
                List.of("id"), values -> MuseumVocab.ID + "org/" + values.get("id"), ORGANISATION, SCHEMA + "Organization");
    }

    /** GACP-WHO, organic and FSC certificates of a growing area, by their number. */
    static SectorTable certifications() {
        return new Simple("certifications", SCHEMA + "Certification", List.of(
                SectorColumn.text("number", true, IDENTIFICATION, null),
                SectorColumn.choice("kind", true, SCHEME, null, List.of("gacp-who", "organic", "fsc")),
                SectorColumn.reference("holder", true, DCTerms.rightsHolder, "org/", ORGANISATION),
                SectorColumn.reference("growing_area", true, ABOUT, "area/", HERB + "GrowingArea"),
                SectorColumn.reference("issuer", false, SectorTable.property(SCHEMA, "issuedBy"), "org/", ORGANISATION),
                SectorColumn.of("valid_from", DATE, true, VALID_FROM),
                SectorColumn.of("valid_to", DATE, true, EXPIRES)),
                List.of("number"), values -> MuseumVocab.ID + "cert/" + SectorValues.slugOf(values.get("number")), SCHEMA + "Certification") {

            @Override
            void constants(Resource record) {
                super.constants(record);
                record.addProperty(STATUS, ACTIVE);
            }

            @Override
            List<FieldError> crossCheck(Map<String, String> values) {
                return validityOrder(values, "valid_from", "valid_to");
            }
        };
    }

    /** Area and output of one species in one commune and year. */
    static SectorTable yearlyOutput() {
        return new Simple("yearly-output", HERB + "YearlyOutput", List.of(
                SectorColumn.reference("species", true, SPECIES, "species/", TAXON),
                SectorColumn.reference("commune", true, DCTerms.spatial, "place/", COMMUNE),
                new SectorColumn("year", YEAR, true, SectorTable.property(HERB, "year"), null, null, null, null, 2000, 2100),
                SectorColumn.of("tonnes", NUMBER, true, SectorTable.property(HERB, "outputTonnes")),
                SectorColumn.of("hectares", NUMBER, true, SectorTable.property(HERB, "areaHa"))),
                List.of("species", "commune", "year"),
                values -> MuseumVocab.ID + "output/" + values.get("species") + "-" + values.get("commune") + "-" + values.get("year"),
                HERB + "YearlyOutput", SCHEMA + "Observation");
    }

    /** Price per kg of a dried part of a species on a day, at a market when one is named. */
    static SectorTable marketPrices() {
        return new Simple("market-prices", SCHEMA + "UnitPriceSpecification", List.of(
                SectorColumn.reference("species", true, SPECIES, "species/", TAXON),
                SectorColumn.choice("part", true, SectorTable.property(HERB, "partUsed"), HERB + "part-", PARTS),
                SectorColumn.of("date", DATE, true, VALID_FROM),
                SectorColumn.of("vnd_per_kg", NUMBER, true, SectorTable.property(SCHEMA, "price")),
                SectorColumn.text("market", false, SectorTable.property(SCHEMA, "areaServed"), null)),
                List.of("species", "part", "date", "market"),
                values -> MuseumVocab.ID + "price/" + values.get("species") + "-" + values.get("part") + "-" + values.get("date")
                        + (SectorValues.clean(values.get("market")).isEmpty() ? "" : "-" + SectorValues.slugOf(values.get("market"))),
                SCHEMA + "UnitPriceSpecification") {

            @Override
            void constants(Resource record) {
                super.constants(record);
                record.addProperty(SectorTable.property(SCHEMA, "priceCurrency"), "VND");
                record.addProperty(SectorTable.property(SCHEMA, "unitCode"), "KGM");
            }
        };
    }

    /** The end of a validity comes after its start, when both are dates. */
    static List<FieldError> validityOrder(Map<String, String> values, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> start = SectorChecks.date(values.get(from));
        Optional<LocalDate> end = SectorChecks.date(values.get(to));
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            errors.add(FieldError.of(to, "dateOrder", values.get(from)));
        }
        return errors;
    }

    /** A table whose every column is one property of the record, with fixed types. */
    static class Simple extends SectorTable {

        private final java.util.function.Function<Map<String, String>, String> mint;
        private final List<String> types;

        Simple(String key, String type, List<SectorColumn> columns, List<String> keyColumns,
                java.util.function.Function<Map<String, String>, String> mint, String... types) {
            super(key, ResourceFactory.createResource(type), columns, keyColumns);
            this.mint = mint;
            this.types = List.of(types);
        }

        @Override
        String mint(Map<String, String> values) {
            return mint.apply(values);
        }

        @Override
        void constants(Resource record) {
            types.forEach(type -> record.addProperty(RDF.type, record.getModel().createResource(type)));
        }
    }
}
