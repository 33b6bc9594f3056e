package vn.laocai.museum.app.curation.editorial;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.app.curation.editorial.DocumentForm.Field;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow.Editor;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.ShapeViolation;

/**
 * What the editors of remedies, species texts, stories and knowledge records need around their
 * {@link EditorialWorkflow}: the list of documents with their editorial state (only those the
 * account may read: a community-restricted record exists for its community's keepers and for
 * reviewers alone), a document's fields as a form, live checks of a form against the shapes, and
 * saving with optimistic versioning — a save made on a version someone else has changed since is
 * refused with who changed it and when, and their text. Many forms (a CSV import of remedies) can
 * be saved as drafts in one transaction, new documents included.
 *
 * <pre>{@code
 * DocumentEditing species = new DocumentEditing(speciesWorkflow, graph, ShaclValidator.museum());
 * DocumentEditing.Loaded loaded = species.load(editor, "panax-notoginseng");
 * String version = species.save(editor, loaded.form(), loaded.version());
 * }</pre>
 */
public final class DocumentEditing {

    /** One document in an editor's list. */
    public record Row(String slug, String title, EditorialState state) {}

    /** A document opened for editing: its fields, the version they were read at, and its revision if one was opened. */
    public record Loaded(DocumentForm form, String version, Optional<EditorialRevision> revision) {}

    /** A SHACL message placed next to a field of the form ({@link DocumentForm#OTHER} for none of them). */
    public record FieldMessage(String field, String message) {}

    /** A shape violation and the key of the form field it is about ({@link DocumentForm#OTHER} for none of them). */
    public record FieldViolation(String field, ShapeViolation violation) {}

    /** A form to save over the version it was made from; an empty version for a new document. */
    public record Edit(DocumentForm form, String version) {}

    /** A save refused because the document changed since the editor loaded it. */
    public static final class Conflict extends RuntimeException {
        private final transient Loaded theirs;

        Conflict(Loaded theirs) {
            super("The " + theirs.form().kind().code() + " " + theirs.form().slug() + " was changed by "
                    + theirs.revision().map(EditorialRevision::changedBy).orElse("?") + " at "
                    + theirs.revision().map(EditorialRevision::changed).map(Instant::toString).orElse("?"));
            this.theirs = theirs;
        }

        public Loaded theirs() {
            return theirs;
        }

        public String changedBy() {
            return theirs.revision().map(EditorialRevision::changedBy).orElse("");
        }

        public Optional<Instant> changed() {
            return theirs.revision().map(EditorialRevision::changed);
        }
    }

    private static final Query DESCRIBE = QueryFactory.create("""
            CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = ?doc || STRSTARTS(STR(?s), CONCAT(STR(?doc), "#"))) }""");
    private static final Query PUBLISHED = QueryFactory.create("""
            SELECT ?slug ?title WHERE { ?r a ?type ; <https://w3id.org/laocai-herbs/ns#slug> ?slug .
              OPTIONAL { ?r <https://schema.org/name> ?title FILTER(LANG(?title) = "vi") } }""");
    private static final Query DRAFTS = QueryFactory.create("""
            SELECT ?slug ?state ?title WHERE {
              ?meta <https://w3id.org/laocai-herbs/ns#editorialState> ?state ; <http://www.w3.org/2000/01/rdf-schema#seeAlso> ?r .
              ?r a ?type ; <https://w3id.org/laocai-herbs/ns#slug> ?slug .
              OPTIONAL { ?r <https://schema.org/name> ?title FILTER(LANG(?title) = "vi") } }""");
    private static final Query SPECIES = QueryFactory.create("""
            CONSTRUCT { ?species a ?type ; <https://w3id.org/laocai-herbs/ns#partUsed> ?part }
            WHERE { ?species a ?type OPTIONAL { ?species <https://w3id.org/laocai-herbs/ns#partUsed> ?part } }""");
    private static final Query SPECIES_LABELS = QueryFactory.create("""
            SELECT ?species ?name WHERE { ?species a <http://rs.tdwg.org/dwc/terms/Taxon> ; <https://schema.org/name> ?name FILTER(LANG(?name) = "vi") }""");

    private final EditorialWorkflow workflow;
    private final GraphStore graph;
    private final ShaclValidator shapes;

    public DocumentEditing(EditorialWorkflow workflow, GraphStore graph, ShaclValidator shapes) {
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.shapes = Objects.requireNonNull(shapes, "shapes");
        DocumentForm.fieldsOf(workflow.kind());
    }

    public EditorialWorkflow workflow() {
        return workflow;
    }

    public EditorialKind kind() {
        return workflow.kind();
    }

    /**
     * Every document of the kind the account may read, published or in the drafts, with its
     * editorial state, in Vietnamese alphabetical order of the title.
     */
    public List<Row> list(Editor editor) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, org.apache.jena.rdf.model.RDFNode> type = Map.of("type", kind().type());
        List<MuseumGraph> homes = kind() == EditorialKind.KNOWLEDGE ? List.of(MuseumGraph.PUBLIC, MuseumGraph.RESTRICTED) : List.of(MuseumGraph.PUBLIC);
        for (MuseumGraph home : homes) {
            for (QuerySolution row : graph.select(home, PUBLISHED, type)) {
                String slug = row.getLiteral("slug").getString();
                rows.put(slug, new Row(slug, row.contains("title") ? row.getLiteral("title").getString() : slug, EditorialState.PUBLISHED));
            }
        }
        for (QuerySolution row : graph.select(MuseumGraph.DRAFTS, DRAFTS, type)) {
            String slug = row.getLiteral("slug").getString();
            EditorialState state = EditorialState.ofCode(row.getLiteral("state").getString()).orElse(EditorialState.DRAFT);
            String title = rows.containsKey(slug) ? rows.get(slug).title()
                    : row.contains("title") ? row.getLiteral("title").getString() : slug;
            rows.put(slug, new Row(slug, title, state));
        }
        Collator collator = Collator.getInstance(ULocale.forLanguageTag("vi"));
        List<Row> list = new ArrayList<>(rows.values().stream().filter(row -> workflow.mayRead(editor, row.slug())).toList());
        list.sort(Comparator.comparing(Row::title, collator::compare).thenComparing(Row::slug));
        return list;
    }

    /**
     * The document's fields as an editor opens them: the open revision's text while one is a
     * draft or in review, else the published text. A document the account may not read does not
     * exist for it.
     */
    public Loaded load(Editor editor, String slug) {
        if (!workflow.mayRead(editor, slug)) {
            throw new EditorialException("No " + kind().code() + " " + slug);
        }
        Optional<EditorialRevision> revision = workflow.revision(slug);
        Model content = content(slug, revision);
        if (content.isEmpty()) {
            throw new EditorialException("No " + kind().code() + " " + slug);
        }
        return new Loaded(form(slug, content), Versions.of(content, revision), revision);
    }

    /** The form of a text of the document (the editor's, or one the history recorded). */
    public DocumentForm form(String slug, Model content) {
        boolean ingredients = DocumentForm.fieldsOf(kind()).stream().anyMatch(field -> field.type() == DocumentForm.Type.INGREDIENTS);
        return DocumentForm.read(kind(), slug, content, ingredients ? speciesLabels() : Map.of());
    }

    /** The version of the document as it stands now. */
    public String version(String slug) {
        Optional<EditorialRevision> revision = workflow.revision(slug);
        return Versions.of(content(slug, revision), revision);
    }

    /**
     * Saves the form as the document's draft, opening a revision from the published text when
     * none is open; refused with a {@link Conflict} when the document changed since {@code version}.
     *
     * @return the new version
     */
    public synchronized String save(Editor editor, DocumentForm form, String version) {
        Loaded current = load(editor, form.slug());
        if (!current.version().equals(version)) {
            throw new Conflict(current);
        }
        Model base = content(form.slug(), current.revision());
        if (!Versions.open(current.revision())) {
            workflow.start(editor, form.slug());
            base = workflow.draft(form.slug());
        }
        workflow.replace(editor, form.slug(), form.applyTo(base));
        return version(form.slug());
    }

    /**
     * Saves many forms as drafts in one transaction, new documents included: refused with a
     * {@link Conflict} before anything is written if one changed since its version (an empty
     * version: the document must still not exist).
     */
    public synchronized void saveAll(Editor editor, List<Edit> edits) {
        Map<String, Model> texts = new LinkedHashMap<>();
        edits.forEach(edit -> {
            DocumentForm form = edit.form();
            Model base;
            if (edit.version().isEmpty()) {
                if (exists(form.slug())) {
                    throw new EditorialException("The " + kind().code() + " " + form.slug() + " was added since the preview");
                }
                base = newDocument(form.slug());
            } else {
                Loaded current = load(editor, form.slug());
                if (!current.version().equals(edit.version())) {
                    throw new Conflict(current);
                }
                base = content(form.slug(), current.revision());
            }
            texts.put(form.slug(), form.applyTo(base));
        });
        workflow.saveDrafts(editor, texts);
    }

    /** Whether the museum has the document, published or as a draft. */
    public boolean exists(String slug) {
        return !content(slug, workflow.revision(slug)).isEmpty();
    }

    /** What a document that exists nowhere yet starts from: its type and its slug. */
    public Model newDocument(String slug) {
        Model model = ModelFactory.createDefaultModel();
        model.createResource(kind().resource(slug).getURI()).addProperty(RDF.type, kind().type()).addProperty(MuseumVocab.SLUG, slug);
        return model;
    }

    /**
     * The shapes' messages about the form's fields, each placed at its field. Messages about the
     * document that no field is about are kept (as {@link DocumentForm#OTHER}) when its editor
     * owns the whole document (a remedy, a story); else (a species' names, a record's places) they
     * are left to publishing, which checks the whole graph.
     */
    public List<FieldMessage> validate(DocumentForm form, Model base, String language) {
        return violations(form, base).stream()
                .filter(found -> kind().ownsWholeDocument() || !found.field().equals(DocumentForm.OTHER))
                .map(found -> new FieldMessage(found.field(), found.violation().message(language)))
                .toList();
    }

    /**
     * The shapes' violations about the form's document, each with the field it is about; one run
     * of the shapes for every language. The species of a remedy's ingredients are checked with it.
     */
    public List<FieldViolation> violations(DocumentForm form, Model base) {
        Model data = form.applyTo(base);
        for (DocumentForm.Ingredient ingredient : form.ingredients()) {
            data.add(graph.construct(MuseumGraph.PUBLIC, SPECIES, Map.of("species", ResourceFactory.createResource(ingredient.species()))));
        }
        List<FieldViolation> found = new ArrayList<>();
        for (ShapeViolation violation : shapes.validate(data)) {
            if (violation.focusNode().equals(form.iri()) || violation.focusNode().startsWith(form.iri() + "#")) {
                found.add(new FieldViolation(field(form, violation).map(Field::key).orElse(DocumentForm.OTHER), violation));
            }
        }
        return found;
    }

    /** The Vietnamese names of the species, for the ingredients' labels. */
    public Map<String, String> speciesLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (QuerySolution row : graph.select(MuseumGraph.PUBLIC, SPECIES_LABELS, Map.of())) {
            labels.putIfAbsent(row.getResource("species").getURI(), row.getLiteral("name").getString());
        }
        return labels;
    }

    /** The messages grouped by field key. */
    public static Map<String, List<String>> byField(List<FieldMessage> messages) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        messages.forEach(message -> map.computeIfAbsent(message.field(), f -> new ArrayList<>()).add(message.message()));
        return map;
    }

    /** The RDF an editor starts from: the open revision's, else the published document's. */
    public Model content(String slug, Optional<EditorialRevision> revision) {
        Model model = Versions.open(revision) ? workflow.draft(slug)
                : graph.construct(workflow.home(slug), DESCRIBE, Map.of("doc", kind().resource(slug)));
        if (model.isEmpty() || (!kind().ownsWholeDocument() && revision.isPresent() && kind().owned(model, kind().resource(slug)).isEmpty())) {
            // An archived text is no longer published; the editor opens its last draft.
            model = workflow.draft(slug);
        }
        return model;
    }

    private static Optional<Field> field(DocumentForm form, ShapeViolation violation) {
        String focus = violation.focusNode();
        String iri = form.iri();
        if (focus.startsWith(iri + "#")) {
            String fragment = focus.substring(iri.length() + 1);
            List<Field> candidates = form.fields().stream()
                    .filter(field -> field.fragment() != null && fragment.startsWith(field.fragment() + "-")).toList();
            return candidates.stream()
                    .filter(field -> field.language() == null || fragment.startsWith(field.fragment() + "-" + field.language() + "-"))
                    .findFirst().or(() -> candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty());
        }
        if (!focus.equals(iri) || violation.path() == null) {
            return Optional.empty();
        }
        String local = violation.path().substring(violation.path().indexOf(':') + 1);
        String language = violation.shape().endsWith("-en") || (violation.value() != null && violation.value().endsWith("@en")) ? "en" : "vi";
        List<Field> candidates = form.fields().stream().filter(field -> field.property().getLocalName().equals(local)).toList();
        return candidates.stream().filter(field -> field.language() == null || field.language().equals(language)).findFirst()
                .or(() -> candidates.stream().findFirst());
    }
}
