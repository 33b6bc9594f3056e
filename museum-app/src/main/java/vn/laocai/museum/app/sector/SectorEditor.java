package vn.laocai.museum.app.sector;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.content.ContentFile;
import vn.laocai.museum.content.CorpusRecords;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Queries;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.ShapeViolation;

/**
 * Sector records entered or corrected by staff, from a form or a CSV file, for any
 * {@link SectorTable}: every row is checked (each field, the records it points to, the fields
 * together, then the museum's SHACL shapes on the RDF it would write) and compared with the graph,
 * so a preview shows each row as new, changed (which fields), unchanged or in error before
 * anything is written. {@link #save} writes all rows in one transaction or nothing, into the public
 * graph and the staff graph (which the corpus loader lays over every load, so the edit survives a
 * change of the corpus), with the audit log's entry of who did it in the same transaction.
 *
 * <pre>{@code
 * SectorTable table = SectorTables.find("yearly-output").orElseThrow();
 * List<SectorEditor.Row> rows = editor.preview(table, SectorEditor.readCsv(reader));
 * if (rows.stream().noneMatch(SectorEditor.Row::failed)) editor.save(table, rows, "lan", true);
 * }</pre>
 */
public final class SectorEditor {

    private static final Property INVALIDATED = ResourceFactory.createProperty(AuditLog.PROV, "invalidated");
    private static final Property GENERATED = ResourceFactory.createProperty(AuditLog.PROV, "generated");

    public enum Change { NEW, CHANGED, UNCHANGED, ERROR }

    /**
     * One checked row: its line in the file (1 for a form), the values as typed, the record it
     * writes, what it would do, and what is wrong with it.
     *
     * @param editedByStaff whether the record it matches was already entered or corrected by staff
     */
    public record Row(int line, Map<String, String> values, String iri, Change change, List<String> changedFields,
            List<FieldError> errors, boolean editedByStaff, Model description) {

        public boolean failed() {
            return change == Change.ERROR;
        }

        Row failing(List<FieldError> more) {
            List<FieldError> all = new ArrayList<>(errors);
            all.addAll(more);
            return new Row(line, values, iri, Change.ERROR, List.of(), all, editedByStaff, null);
        }
    }

    /** What dropping a staff correction did: the record is back to the corpus's version, or it was staff's alone and is gone. */
    public enum Reverted { TO_CORPUS, DELETED }

    private final GraphStore store;
    private final Clock clock;
    private final Supplier<List<ContentFile>> corpus;
    private final ShaclValidator shapes = ShaclValidator.museum();

    /**
     * Audit entries are written by the editor itself, into the audit graph in the same transaction
     * as the rows they record (as the editorial workflow writes a publication's revision).
     *
     * @param corpus the corpus files as the loader reads them: the version a dropped correction returns to
     */
    public SectorEditor(GraphStore store, Clock clock, Supplier<List<ContentFile>> corpus) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.corpus = Objects.requireNonNull(corpus, "corpus");
    }

    /** The rows of a CSV file whose first row names the columns; columns the table lacks are ignored. */
    public static List<Map<String, String>> readCsv(Reader reader) {
        try {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
                Map<String, String> values = new LinkedHashMap<>();
                row.getParser().getHeaderNames().forEach(name -> values.put(name.strip(), row.isSet(name) ? row.get(name) : ""));
                rows.add(values);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored record whose key columns hold these values, as the form shows it, with its IRI under {@code iri}. */
    public java.util.Optional<Map<String, String>> find(SectorTable table, Map<String, String> key) {
        return java.util.Optional.ofNullable(stored(table).get(keyOf(table, key))).map(record -> {
            Map<String, String> values = new LinkedHashMap<>(record.values());
            values.put("iri", record.iri());
            return values;
        });
    }

    /** Checks every row of a file (the first data row is line 2) against its table, the graph, the other rows and the shapes; writes nothing. */
    public List<Row> preview(SectorTable table, List<Map<String, String>> input) {
        return check(table, input, 2);
    }

    /** Checks what a form holds, as one row (line 1); writes nothing. */
    public Row check(SectorTable table, Map<String, String> values) {
        return check(table, List.of(values), 1).getFirst();
    }

    private List<Row> check(SectorTable table, List<Map<String, String>> input, int firstLine) {
        Map<String, StoredRecord> stored = stored(table);
        Set<String> staff = staffRecords();
        Map<String, Set<String>> types = new HashMap<>();
        Set<String> keys = new TreeSet<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            Map<String, String> values = input.get(i);
            int line = firstLine + i;
            List<FieldError> errors = new ArrayList<>();
            for (SectorColumn column : table.columns()) {
                SectorChecks.check(column, values.get(column.name())).ifPresentOrElse(errors::add, () -> {
                    if (column.references()) {
                        column.slugs(values.get(column.name())).stream()
                                .filter(slug -> column.types().stream().noneMatch(typesOf(MuseumVocab.ID + column.iriBase() + slug, types)::contains))
                                .forEach(slug -> errors.add(FieldError.of(column.name(), "unknown", slug)));
                    }
                });
            }
            errors.addAll(table.crossCheck(values));
            String key = keyOf(table, values);
            if (!keys.add(key)) {
                errors.add(FieldError.of(table.keyColumns().getFirst(), "duplicate", key.replace('\u0001', ' ').strip()));
            }
            StoredRecord before = stored.get(key);
            boolean edited = before != null && staff.contains(before.iri());
            if (!errors.isEmpty()) {
                rows.add(new Row(line, values, before == null ? null : before.iri(), Change.ERROR, List.of(), errors, edited, null));
                continue;
            }
            String iri = before == null ? table.mint(values) : before.iri();
            Model description = table.describe(iri, values, before == null ? null : before.model());
            List<String> changed = before == null ? List.of() : table.columns().stream()
                    .filter(column -> !(table.keptWhenEmpty(column.name()) && SectorValues.clean(values.get(column.name())).isEmpty()))
                    .filter(column -> !SectorTable.same(column, before.values().get(column.name()), values.get(column.name())))
                    .map(SectorColumn::name).toList();
            Change change = before == null ? Change.NEW : changed.isEmpty() ? Change.UNCHANGED : Change.CHANGED;
            rows.add(new Row(line, values, iri, change, changed, List.of(), edited, description));
        }
        return checkShapes(table, rows, types);
    }

    /** Writes every new or changed row, all in one transaction; refuses when any row has an error. */
    public int save(SectorTable table, List<Row> rows, String who, boolean imported) {
        if (rows.stream().anyMatch(Row::failed)) {
            throw new IllegalArgumentException("Rows with errors: nothing was written");
        }
        List<Row> writes = rows.stream().filter(row -> row.change() == Change.NEW || row.change() == Change.CHANGED).toList();
        if (writes.isEmpty()) {
            return 0;
        }
        long added = writes.stream().filter(row -> row.change() == Change.NEW).count();
        String detail = "%s: %d new, %d changed: %s".formatted(table.key(), added, writes.size() - added,
                writes.stream().map(row -> SectorTable.slug(row.iri())).collect(Collectors.joining(" ")));
        Resource entry = AuditLog.entry(new AuditEvent(clock.instant(), imported ? AuditAction.SECTOR_IMPORTED : AuditAction.SECTOR_SAVED,
                who, table.key(), "", detail));
        // Which records the save wrote: the day staff last saved a record is read from here.
        writes.forEach(row -> entry.addProperty(GENERATED, entry.getModel().createResource(row.iri())));
        store.write(graph -> {
            for (Row row : writes) {
                row.description().listSubjects().filterKeep(Resource::isURIResource).forEach(subject -> {
                    graph.removeResource(MuseumGraph.PUBLIC, subject);
                    graph.removeResource(MuseumGraph.STAFF, subject);
                });
                graph.add(MuseumGraph.PUBLIC, row.description());
                graph.add(MuseumGraph.STAFF, row.description());
            }
            graph.add(MuseumGraph.AUDIT, entry.getModel());
        });
        return writes.size();
    }

    /**
     * Drops staff's version of a record ("back to the corpus version"): what staff wrote of it leaves
     * the staff graph and the public graph, and what the corpus files say of it comes back; a record
     * the corpus does not have (staff added it) is deleted. One transaction, with its audit entry and
     * the reason, so the next load of the corpus has nothing of staff's to lay over it.
     *
     * @throws IllegalArgumentException without a reason, or for a record staff never entered or corrected
     */
    public Reverted revert(SectorTable table, String iri, String who, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to drop a staff correction");
        }
        Model staff = store.construct(MuseumGraph.STAFF, Queries.load(SectorEditor.class, "staff-graph"), Map.of());
        List<String> parts = table.parts(iri, staff);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Not entered or corrected by staff: " + iri);
        }
        Model corpusVersion = CorpusRecords.describe(corpus.get(), parts);
        Reverted result = corpusVersion.isEmpty() ? Reverted.DELETED : Reverted.TO_CORPUS;
        String detail = "%s %s: %s; reason: %s".formatted(table.key(), SectorTable.slug(iri),
                result == Reverted.DELETED ? "deleted (entered by staff only)" : "back to the corpus version", reason.strip());
        Resource entry = AuditLog.entry(new AuditEvent(clock.instant(), AuditAction.SECTOR_REVERTED, who, table.key(), "", detail));
        entry.addProperty(RDFS.comment, reason.strip());
        parts.forEach(part -> entry.addProperty(INVALIDATED, entry.getModel().createResource(part)));
        store.write(graph -> {
            for (String part : parts) {
                Resource subject = ResourceFactory.createResource(part);
                graph.removeResource(MuseumGraph.STAFF, subject);
                graph.removeResource(MuseumGraph.PUBLIC, subject);
            }
            graph.add(MuseumGraph.PUBLIC, corpusVersion);
            graph.add(MuseumGraph.AUDIT, entry.getModel());
        });
        return result;
    }

    /** Whether the corpus files describe this record: dropping staff's version of it brings the corpus's back rather than deleting it. */
    public boolean inCorpus(String iri) {
        return !CorpusRecords.describe(corpus.get(), List.of(iri)).isEmpty();
    }

    /** Whether staff entered or corrected this record (it is in the staff graph). */
    public boolean editedByStaff(String iri) {
        return staffRecords().contains(iri);
    }

    /**
     * The museum's shapes on what the rows would write. Records they point to stand in by their
     * types only, so only the written records' own violations count.
     */
    private List<Row> checkShapes(SectorTable table, List<Row> rows, Map<String, Set<String>> types) {
        Model checked = ModelFactory.createDefaultModel();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.description() != null && row.change() != Change.UNCHANGED) {
                checked.add(row.description());
                int index = i;
                row.description().listSubjects().filterKeep(Resource::isURIResource).forEach(s -> rowOf.put(s.getURI(), index));
            }
        }
        if (rowOf.isEmpty()) {
            return rows;
        }
        Model standIns = ModelFactory.createDefaultModel();
        checked.listObjects().filterKeep(node -> node.isURIResource() && node.asResource().getURI().startsWith(MuseumVocab.ID)
                        && !rowOf.containsKey(node.asResource().getURI()))
                .forEach(node -> typesOf(node.asResource().getURI(), types)
                        .forEach(type -> standIns.add(node.asResource(), RDF.type, standIns.createResource(type))));
        checked.add(standIns);
        Map<Integer, List<FieldError>> faults = new HashMap<>();
        for (ShapeViolation violation : shapes.validate(checked)) {
            Integer index = rowOf.get(violation.focusNode());
            if (index != null && violation.severity() == ShapeViolation.Severity.VIOLATION) {
                faults.computeIfAbsent(index, unused -> new ArrayList<>()).add(new FieldError(fieldOf(table, violation.path()), "shape",
                        List.of(violation.message("vi"), violation.message("en"))));
            }
        }
        List<Row> result = new ArrayList<>(rows);
        faults.forEach((index, errors) -> result.set(index, rows.get(index).failing(errors)));
        return result;
    }

    private static String fieldOf(SectorTable table, String path) {
        // The validator writes paths with the shapes' prefixes (schema:price): match by local name.
        String local = path == null ? "" : path.substring(Math.max(path.lastIndexOf(':'), Math.max(path.lastIndexOf('#'), path.lastIndexOf('/'))) + 1)
                .replace(">", "");
        return table.columns().stream().filter(column -> column.property() != null && column.property().getLocalName().equals(local))
                .map(SectorColumn::name).findFirst().orElse("record");
    }

    private Set<String> typesOf(String iri, Map<String, Set<String>> cache) {
        return cache.computeIfAbsent(iri, unused -> store.select(MuseumGraph.PUBLIC, Queries.load(SectorEditor.class, "resource-types"),
                        Map.of("resource", ResourceFactory.createResource(iri))).stream()
                .map(row -> row.getResource("type").getURI()).collect(Collectors.toSet()));
    }

    private record StoredRecord(String iri, Map<String, String> values, Model model) {}

    private Map<String, StoredRecord> stored(SectorTable table) {
        Map<String, ? extends RDFNode> bindings = table.storedBindings();
        Model model = store.construct(MuseumGraph.PUBLIC, table.stored(), bindings);
        Map<String, StoredRecord> records = new HashMap<>();
        model.listSubjectsWithProperty(RDF.type, table.type()).filterKeep(Resource::isURIResource).forEach(subject -> {
            Map<String, String> values = table.read(model, subject);
            records.putIfAbsent(keyOf(table, values), new StoredRecord(subject.getURI(), values, model));
        });
        return records;
    }

    private Set<String> staffRecords() {
        return store.select(MuseumGraph.STAFF, Queries.load(SectorEditor.class, "staff-records"), Map.of()).stream()
                .map(row -> row.getResource("record").getURI()).collect(Collectors.toSet());
    }

    private static String keyOf(SectorTable table, Map<String, String> values) {
        return table.keyColumns().stream().map(column -> SectorValues.clean(values.get(column))).collect(Collectors.joining("\u0001"));
    }
}
