package vn.laocai.museum.app.curation.editorial;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditRecorder;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.DocumentForm.Ingredient;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The remedies as CSV, for editing many at once in a spreadsheet: an export with one row per
 * remedy, and an import that first previews every row (new, changed with the fields, unchanged,
 * or an error with its reason) and writes nothing until confirmed. A confirmed import saves every
 * new and changed row as a draft revision through the remedies' {@link DocumentEditing}, all in one transaction,
 * so they still go through review — a new remedy is public only once a reviewer publishes it.
 *
 * <p>The file is UTF-8 with a byte order mark (spreadsheets then read Vietnamese correctly),
 * RFC 4180 with a header row. Fields of several lines (indications, preparation steps, sources…)
 * are one cell with line breaks inside. Ingredients are one cell: {@code species-slug:part:amount}
 * entries separated by {@code ;}, part and amount possibly empty. A value a spreadsheet would run
 * as a formula (it begins with {@code = + - @}) is written with a leading apostrophe, which the
 * import takes off again; such a value without the apostrophe is refused.
 */
public final class RemedyCsv {

    /** The columns, in order; the header row must name them all. */
    public static final List<String> COLUMNS = List.of("slug", "title_vi", "title_en", "summary_vi", "summary_en", "narrative_vi",
            "tradition", "ethnic_group", "indications_vi", "contraindications_vi", "preparation_vi", "safety_vi", "sources",
            "ingredients");
    private static final Map<String, String> FIELDS = columns();
    private static final String BOM = "\uFEFF";
    private static final String FORMULA = "=+-@";
    /** Imports larger than this are refused before parsing. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** What an imported row would do. */
    public enum Change { NEW, CHANGED, UNCHANGED, ERROR }

    /** One row of the preview: its line in the file, the remedy, what it would do (with the keys of the fields it changes) and why. */
    public record Row(long line, String slug, Change change, List<String> fields, List<Problem> problems,
            Optional<DocumentForm> form, String version) {
        public Row {
            fields = List.copyOf(fields);
            problems = List.copyOf(problems);
        }

        /** The problems in English, as the audit log and scripts read them. */
        public List<String> errors() {
            return problems.stream().map(problem -> problem.text(SiteLanguage.ENGLISH)).toList();
        }
    }

    /**
     * What is wrong with a row: a message key under {@code remedyCsv.problem.} and its values, so
     * the preview says it in the curator's language.
     */
    public record Problem(String key, List<String> values) {
        public Problem(String key, String... values) {
            this(key, List.of(values));
        }

        public String text(Locale language) {
            return MuseumTranslations.text(language, "remedyCsv.problem." + key, values.toArray());
        }
    }

    /** A confirmed import refused because a row is no longer valid or its remedy changed since the preview. */
    public static final class Stale extends RuntimeException {
        Stale(String message) {
            super(message);
        }
    }

    /** Remedies are public texts: any account reads them, so the file is read as by one without roles. */
    private static final EditorialWorkflow.Editor READER = new EditorialWorkflow.Editor("remedy-csv", Set.of());

    private final DocumentEditing editing;
    private final AuditRecorder audit;
    private final Clock clock;

    public RemedyCsv(DocumentEditing editing, AuditRecorder audit, Clock clock) {
        if (editing.kind() != EditorialKind.REMEDY) {
            throw new IllegalArgumentException("Not the remedies' editing: " + editing.kind());
        }
        this.editing = editing;
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every remedy as its editor would open it, one row each, as the bytes of a UTF-8 file with a BOM. */
    public byte[] export() {
        StringBuilder out = new StringBuilder(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (DocumentEditing.Row row : editing.list(READER)) {
                DocumentForm form = editing.load(READER, row.slug()).form();
                List<String> cells = new ArrayList<>();
                for (String column : COLUMNS) {
                    cells.add(safe(value(form, column)));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String value(DocumentForm form, String column) {
        if (column.equals("slug")) {
            return form.slug();
        } else if (column.equals("ingredients")) {
            List<String> entries = new ArrayList<>();
            for (Ingredient ingredient : form.ingredients()) {
                entries.add(slugOf(ingredient.species()) + ":" + ingredient.part() + ":" + ingredient.amount());
            }
            return String.join("; ", entries);
        }
        return form.get(FIELDS.get(column));
    }

    /** A value with a leading apostrophe when a spreadsheet would run it as a formula. */
    static String safe(String value) {
        return !value.isEmpty() && FORMULA.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Checks every row of the file against the remedies as they stand and against the other rows; writes nothing. */
    public List<Row> preview(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return List.of(error(0, "", new Problem("tooLarge", String.valueOf(MAX_BYTES / 1024))));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        return preview(new StringReader(text));
    }

    private List<Row> preview(Reader reader) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> labels = editing.speciesLabels();
        Set<String> slugs = new HashSet<>();
        try {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
            List<String> header = parser.getHeaderNames();
            List<String> missing = COLUMNS.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                return List.of(error(1, "", new Problem("missingColumns", String.join(", ", missing))));
            }
            for (CSVRecord record : parser) {
                rows.add(row(record, labels, slugs));
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException | IOException e) {
            // commons-csv stops at the first malformed record (a quote left open, text after a closing quote).
            rows.add(error(rows.isEmpty() ? 1 : rows.getLast().line() + 1, "", new Problem("malformed", String.valueOf(e.getMessage()))));
        }
        return rows;
    }

    private Row row(CSVRecord record, Map<String, String> labels, Set<String> slugs) {
        long line = record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
            return error(line, "", new Problem("cells", String.valueOf(record.size()), String.valueOf(COLUMNS.size())));
        }
        List<Problem> errors = new ArrayList<>();
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            String cell = record.get(column);
            if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA.indexOf(cell.charAt(1)) >= 0) {
                cell = cell.substring(1);
            } else if (!cell.isEmpty() && FORMULA.indexOf(cell.charAt(0)) >= 0) {
                errors.add(new Problem("formula", column, String.valueOf(cell.charAt(0))));
            }
            cells.put(column, cell);
        }
        String slug = cells.get("slug").strip();
        if (slug.isEmpty()) {
            errors.add(new Problem("required", "slug"));
        } else if (!slug.matches("[a-z0-9-]+")) {
            errors.add(new Problem("badSlug", slug));
        } else if (!slugs.add(slug)) {
            errors.add(new Problem("duplicateSlug", slug));
        }
        for (String required : List.of("title_vi", "title_en")) {
            if (cells.get(required).isBlank()) {
                errors.add(new Problem("required", required));
            }
        }
        List<Ingredient> ingredients = ingredients(cells.get("ingredients"), labels, errors);
        if (!errors.isEmpty()) {
            return new Row(line, slug, Change.ERROR, List.of(), errors, Optional.empty(), "");
        }
        DocumentForm form = new DocumentForm(EditorialKind.REMEDY, slug);
        FIELDS.forEach((column, field) -> form.set(field, cells.get(column).replace("\r\n", "\n").strip()));
        if (!editing.exists(slug)) {
            return newRemedy(line, slug, form, ingredients);
        }
        DocumentEditing.Loaded loaded = editing.load(READER, slug);
        List<Ingredient> existing = loaded.form().ingredients();
        List<Ingredient> kept = new ArrayList<>();
        for (int i = 0; i < ingredients.size(); i++) {
            Ingredient ingredient = ingredients.get(i);
            // An ingredient in its old place keeps its resource, and with it its processing, role and notes.
            String iri = i < existing.size() && existing.get(i).species().equals(ingredient.species()) ? existing.get(i).iri() : null;
            kept.add(new Ingredient(iri, ingredient.species(), ingredient.speciesLabel(), ingredient.part(), ingredient.amount()));
        }
        form.setIngredients(kept);
        List<String> fields = keys(form.differences(loaded.form()));
        if (fields.isEmpty()) {
            return new Row(line, slug, Change.UNCHANGED, List.of(), List.of(), Optional.of(form), loaded.version());
        }
        if (loaded.revision().map(r -> r.state() == EditorialState.IN_REVIEW).orElse(false)) {
            return new Row(line, slug, Change.ERROR, fields, List.of(new Problem("inReview")),
                    Optional.empty(), "");
        }
        List<Problem> violations = shaclErrors(form, editing.content(slug, loaded.revision()));
        if (!violations.isEmpty()) {
            return new Row(line, slug, Change.ERROR, fields, violations, Optional.empty(), "");
        }
        return new Row(line, slug, Change.CHANGED, fields, List.of(), Optional.of(form), loaded.version());
    }

    /** A row for a remedy the museum does not have: every filled field is new, and the shapes check it as a whole remedy. */
    private Row newRemedy(long line, String slug, DocumentForm form, List<Ingredient> ingredients) {
        form.setIngredients(ingredients);
        List<String> fields = keys(form.differences(new DocumentForm(EditorialKind.REMEDY, slug)));
        List<Problem> violations = shaclErrors(form, editing.newDocument(slug));
        if (!violations.isEmpty()) {
            return new Row(line, slug, Change.ERROR, fields, violations, Optional.empty(), "");
        }
        return new Row(line, slug, Change.NEW, fields, List.of(), Optional.of(form), "");
    }

    /** The shapes' messages about the form, each with its field and its text in both languages. */
    private List<Problem> shaclErrors(DocumentForm form, Model base) {
        return editing.violations(form, base).stream()
                .map(found -> new Problem("shacl", found.field().replace('-', '_'),
                        found.violation().message("vi"), found.violation().message("en")))
                .distinct().toList();
    }

    private static List<String> keys(List<DocumentForm.Field> fields) {
        return fields.stream().map(DocumentForm.Field::key).toList();
    }

    private static List<Ingredient> ingredients(String cell, Map<String, String> labels, List<Problem> errors) {
        List<Ingredient> list = new ArrayList<>();
        for (String entry : cell.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split(":", 3);
            String species = parts[0].strip();
            String part = parts.length > 1 ? parts[1].strip() : "";
            String amount = parts.length > 2 ? parts[2].strip() : "";
            String iri = MuseumVocab.speciesIri(species);
            if (!species.matches("[a-z0-9-]+") || !labels.containsKey(iri)) {
                errors.add(new Problem("unknownSpecies", species));
                continue;
            }
            if (!part.isEmpty() && !DocumentForm.PARTS.contains(part)) {
                errors.add(new Problem("badPart", part, String.join(", ", DocumentForm.PARTS)));
                continue;
            }
            list.add(new Ingredient(null, iri, labels.get(iri), part, amount));
        }
        return list;
    }

    /**
     * Writes the changed rows of a file as draft revisions, all or none: the file is checked again
     * first, and if a row is now an error or its remedy changed since {@code previewed}, nothing is
     * written. The import is recorded in the audit log.
     *
     * @return the slugs written
     */
    public synchronized List<String> confirm(EditorialWorkflow.Editor editor, byte[] bytes, List<Row> previewed, String address) {
        if (!editor.roles().contains(Role.CURATOR)) {
            throw new EditorialException(editor.username() + " is not a curator");
        }
        List<Row> now = preview(bytes);
        if (now.stream().anyMatch(row -> row.change() == Change.ERROR)) {
            throw new Stale("The file has rows in error; nothing was written");
        }
        Map<String, Row> before = new LinkedHashMap<>();
        previewed.forEach(row -> before.put(row.slug(), row));
        for (Row row : now) {
            Row then = before.get(row.slug());
            if (then == null || then.change() != row.change() || !row.version().equals(then.version())) {
                throw new Stale("The remedy " + row.slug() + " changed since the preview; nothing was written");
            }
        }
        List<DocumentEditing.Edit> edits = now.stream()
                .filter(row -> row.change() == Change.CHANGED || row.change() == Change.NEW)
                .map(row -> new DocumentEditing.Edit(row.form().orElseThrow(), row.version()))
                .toList();
        try {
            editing.saveAll(editor, edits);
        } catch (DocumentEditing.Conflict e) {
            throw new Stale("A remedy changed since the preview; nothing was written");
        }
        List<String> written = edits.stream().map(edit -> edit.form().slug()).toList();
        audit.record(new AuditEvent(clock.instant(), AuditAction.REMEDIES_IMPORTED, editor.username(), String.join(" ", written),
                address == null ? "" : address, now.size() + " rows, " + written.size() + " new or changed"));
        return written;
    }

    private static Row error(long line, String slug, Problem reason) {
        return new Row(line, slug, Change.ERROR, List.of(), List.of(reason), Optional.empty(), "");
    }

    private static String slugOf(String speciesIri) {
        String prefix = MuseumVocab.speciesIri("");
        return speciesIri.startsWith(prefix) ? speciesIri.substring(prefix.length()) : speciesIri;
    }

    /** The columns of the form's text fields: {@code title_vi} is the field {@code title-vi}, {@code indications_vi} is {@code indications}. */
    private static Map<String, String> columns() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String column : COLUMNS.subList(1, COLUMNS.size() - 1)) {
            String key = column.replace('_', '-');
            map.put(column, DocumentForm.fieldsOf(EditorialKind.REMEDY).stream().anyMatch(field -> field.key().equals(key))
                    ? key : key.substring(0, key.length() - "-vi".length()));
        }
        return Map.copyOf(map);
    }
}
