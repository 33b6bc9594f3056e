package vn.laocai.museum.app.trace;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Queries;
import vn.laocai.museum.ontology.ShaclValidator;

/**
 * Growing areas entered or corrected by staff, one at a time or from CSV: every row is checked
 * (code format, a commune, species and operator the graph holds, a positive area) and compared
 * with what the graph says, so a preview shows each row's changes and errors before anything is
 * written; {@link #save} then writes all rows in one transaction, with a PROV record of who did it
 * in the audit graph, or nothing when any row is wrong.
 *
 * <pre>{@code
 * List<GrowingAreaEditor.Row> preview = editor.preview(GrowingAreaEditor.readCsv(reader));
 * if (preview.stream().noneMatch(GrowingAreaEditor.Row::failed)) editor.save(preview, "staff@example");
 * }</pre>
 */
public final class GrowingAreaEditor {

    /** The CSV columns, in order; the header row must name them. */
    public static final List<String> COLUMNS = List.of("code", "commune", "area_ha", "species", "under_canopy", "operator",
            "name_vi", "name_en");

    public enum Change { NEW, CHANGED, UNCHANGED, ERROR }

    /** One checked row: what it would do, the fields it changes, and what is wrong with it. */
    public record Row(int line, GrowingAreaRecord record, Change change, List<String> changedFields, List<String> errors) {

        public boolean failed() {
            return change == Change.ERROR;
        }
    }

    private static final String HERB = MuseumVocab.HERB;
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final GraphStore store;
    private final Clock clock;

    public GrowingAreaEditor(GraphStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Rows of a CSV file with the header {@link #COLUMNS}; species separated by ";". */
    public static List<GrowingAreaRecord> readCsv(Reader reader) {
        try {
            List<GrowingAreaRecord> records = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
                records.add(new GrowingAreaRecord(value(row, "code"), value(row, "commune"), value(row, "area_ha"),
                        Arrays.asList(value(row, "species").split(";")), value(row, "under_canopy"), value(row, "operator"),
                        value(row, "name_vi"), value(row, "name_en")));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
    }

    /** Checks every row against the graph and against the other rows; writes nothing. */
    public List<Row> preview(List<GrowingAreaRecord> records) {
        List<Row> rows = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        for (int i = 0; i < records.size(); i++) {
            GrowingAreaRecord record = records.get(i);
            List<String> errors = new ArrayList<>(check(record));
            if (record.code() != null && !codes.add(record.code().strip())) {
                errors.add("code " + record.code() + " appears twice in the file");
            }
            if (!errors.isEmpty()) {
                rows.add(new Row(i + 2, record, Change.ERROR, List.of(), errors));
                continue;
            }
            Optional<GrowingAreaRecord> stored = find(record.code().strip());
            List<String> changed = stored.map(before -> differences(before, record)).orElse(List.of());
            Change change = stored.isEmpty() ? Change.NEW : changed.isEmpty() ? Change.UNCHANGED : Change.CHANGED;
            rows.add(new Row(i + 2, record, change, changed, List.of()));
        }
        return rows;
    }

    /** Writes every new or changed row, all in one transaction; refuses when any row has an error. */
    public int save(List<Row> rows, String who) {
        if (rows.stream().anyMatch(Row::failed)) {
            throw new IllegalArgumentException("Rows with errors: nothing was written");
        }
        List<Row> writes = rows.stream().filter(row -> row.change() == Change.NEW || row.change() == Change.CHANGED).toList();
        if (writes.isEmpty()) {
            return 0;
        }
        Model all = ModelFactory.createDefaultModel();
        Map<Resource, Model> areas = new LinkedHashMap<>();
        for (Row row : writes) {
            Model area = describe(row.record());
            areas.put(area.listSubjectsWithProperty(RDF.type, area.createResource(HERB + "GrowingArea")).next(), area);
            all.add(area);
        }
        // The shapes check links by the types of what they point to: give them those types.
        Model checked = ModelFactory.createDefaultModel().add(all);
        all.listObjects().filterKeep(node -> node.isURIResource() && node.asResource().getURI().startsWith(MuseumVocab.ID))
                .forEach(node -> types(node.asResource().getURI()).forEach(type -> checked.add(node.asResource(), RDF.type, type)));
        // Those stand-ins are incomplete by design: only the areas' own violations count.
        Set<String> written = new TreeSet<>(areas.keySet().stream().map(Resource::getURI).toList());
        List<String> violations = ShaclValidator.museum().validate(checked).stream()
                .filter(violation -> written.contains(violation.focusNode()))
                .map(Object::toString).toList();
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The growing areas do not conform to the museum's shapes: " + violations);
        }
        Model audit = ModelFactory.createDefaultModel();
        Resource activity = audit.createResource(MuseumVocab.BASE + "audit/" + UUID.randomUUID())
                .addProperty(RDF.type, audit.createResource(PROV + "Activity"))
                .addProperty(audit.createProperty(PROV, "wasAssociatedWith"), who)
                .addLiteral(audit.createProperty(PROV, "endedAtTime"),
                        audit.createTypedLiteral(clock.instant().toString(), XSDDatatype.XSDdateTime));
        areas.keySet().forEach(area -> activity.addProperty(audit.createProperty(PROV, "generated"), area));
        store.write(graph -> {
            // Also into the staff graph, which the corpus loader lays over the public graph: the edit outlives a corpus change.
            areas.forEach((area, model) -> {
                graph.removeResource(MuseumGraph.PUBLIC, area);
                graph.removeResource(MuseumGraph.STAFF, area);
                graph.add(MuseumGraph.PUBLIC, model);
                graph.add(MuseumGraph.STAFF, model);
            });
            graph.add(MuseumGraph.AUDIT, audit);
        });
        return writes.size();
    }

    /** The growing area with this code as a record, or empty. */
    public Optional<GrowingAreaRecord> find(String code) {
        List<QuerySolution> rows = store.select(MuseumGraph.PUBLIC, Queries.load(GrowingAreaEditor.class, "growing-area-by-code"),
                Map.of("code", ResourceFactory.createPlainLiteral(code)));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        QuerySolution row = rows.getFirst();
        List<String> species = Arrays.stream(row.getLiteral("speciesList").getString().split(" ")).map(GrowingAreaEditor::slug).sorted().toList();
        return Optional.of(new GrowingAreaRecord(code, slug(row.getResource("commune").getURI()),
                row.getLiteral("ha").getLexicalForm(), species, String.valueOf(row.getLiteral("canopy").getBoolean()),
                slug(row.getResource("operator").getURI()), text(row, "nameVi"), text(row, "nameEn")));
    }

    private List<String> check(GrowingAreaRecord record) {
        List<String> errors = new ArrayList<>();
        GrowingAreaCode.problem(record.code()).ifPresent(problem -> errors.add("code: " + problem));
        if (!isA("place/" + record.commune(), HERB + "Commune")) {
            errors.add("commune: no commune " + record.commune());
        }
        BigDecimal area = record.area();
        if (area == null || area.signum() <= 0) {
            errors.add("area_ha: not a positive number: " + record.areaHa());
        }
        if (record.species().isEmpty()) {
            errors.add("species: none given");
        }
        record.species().stream().filter(slug -> !isA("species/" + slug, MuseumVocab.DWC + "Taxon"))
                .forEach(slug -> errors.add("species: no species " + slug));
        if (!Set.of("true", "false").contains(Objects.toString(record.underCanopy(), "").strip())) {
            errors.add("under_canopy: true or false, not " + record.underCanopy());
        }
        if (!isA("org/" + record.operator(), ORG + "FormalOrganization")) {
            errors.add("operator: no organisation " + record.operator());
        }
        return errors;
    }

    private static List<String> differences(GrowingAreaRecord before, GrowingAreaRecord after) {
        List<String> fields = new ArrayList<>();
        if (!before.commune().equals(after.commune())) {
            fields.add("commune");
        }
        if (before.area().compareTo(after.area()) != 0) {
            fields.add("area_ha");
        }
        if (!new TreeSet<>(before.species()).equals(new TreeSet<>(after.species()))) {
            fields.add("species");
        }
        if (!before.underCanopy().equals(after.underCanopy().strip())) {
            fields.add("under_canopy");
        }
        if (!before.operator().equals(after.operator())) {
            fields.add("operator");
        }
        if (!Objects.equals(blankToNull(before.nameVi()), blankToNull(after.nameVi()))
                || !Objects.equals(blankToNull(before.nameEn()), blankToNull(after.nameEn()))) {
            fields.add("name");
        }
        return fields;
    }

    private Model describe(GrowingAreaRecord record) {
        String code = record.code().strip();
        Model model = ModelFactory.createDefaultModel();
        Resource area = model.createResource(areaIri(code))
                .addProperty(RDF.type, model.createResource(HERB + "GrowingArea"))
                .addProperty(RDF.type, model.createResource(ORG + "Site"))
                .addProperty(RDF.type, model.createResource(MuseumVocab.SCHEMA + "Place"))
                .addProperty(model.createProperty(HERB, "growingAreaCode"), code)
                .addProperty(MuseumVocab.SPATIAL, model.createResource(MuseumVocab.ID + "place/" + record.commune()))
                .addLiteral(model.createProperty(HERB, "areaHa"), model.createTypedLiteral(record.area().toPlainString(), XSDDatatype.XSDdecimal))
                .addLiteral(model.createProperty(HERB, "underCanopy"), Boolean.parseBoolean(record.underCanopy().strip()))
                .addProperty(model.createProperty(ORG, "siteOf"), model.createResource(MuseumVocab.ID + "org/" + record.operator()));
        record.species().forEach(slug -> area.addProperty(MuseumVocab.SPECIES, model.createResource(MuseumVocab.speciesIri(slug))));
        if (blankToNull(record.nameVi()) != null) {
            area.addProperty(MuseumVocab.NAME, record.nameVi().strip(), "vi");
        }
        if (blankToNull(record.nameEn()) != null) {
            area.addProperty(MuseumVocab.NAME, record.nameEn().strip(), "en");
        }
        return model;
    }

    /** The stored area of this code, else a new IRI minted from it ({@code VN-LCI-BXT-YTY-0003} → {@code area/bxt-yty-0003}). */
    private String areaIri(String code) {
        List<QuerySolution> rows = store.select(MuseumGraph.PUBLIC, Queries.load(GrowingAreaEditor.class, "growing-area-by-code"),
                Map.of("code", ResourceFactory.createPlainLiteral(code)));
        if (!rows.isEmpty()) {
            return rows.getFirst().getResource("area").getURI();
        }
        return MuseumVocab.ID + "area/" + code.toLowerCase(java.util.Locale.ROOT).replaceFirst("^vn-lci-", "").replaceFirst("^vn-", "");
    }

    private boolean isA(String path, String type) {
        if (!path.matches("[a-z]+/[a-z0-9]+(-[a-z0-9]+)*")) {
            return false;
        }
        return types(MuseumVocab.ID + path).stream().anyMatch(t -> t.getURI().equals(type));
    }

    private List<Resource> types(String iri) {
        return store.select(MuseumGraph.PUBLIC, Queries.load(GrowingAreaEditor.class, "resource-types"),
                        Map.of("resource", ResourceFactory.createResource(iri))).stream()
                .map(row -> row.getResource("type")).toList();
    }

    private static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String text(QuerySolution row, String variable) {
        return row.contains(variable) ? row.getLiteral(variable).getString() : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
