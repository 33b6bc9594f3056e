package vn.laocai.museum.app.curation.editorial;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
import vn.laocai.museum.app.curation.editorial.RemedyForm.Field;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.ShapeViolation;

/**
 * What the remedy editor needs around {@link EditorialWorkflow}: the list of remedies with their
 * editorial state, a remedy's fields as a form, live checks of a form against the shapes, and
 * saving with optimistic versioning — a save made on a version that someone else has changed
 * since is refused with who changed it and when, and their text.
 */
public final class RemedyEditing {

    /** One remedy in the curators' list. */
    public record Row(String slug, String title, EditorialState state) {}

    /** A remedy opened for editing: its fields, the version they were read at, and its revision if one was opened. */
    public record Loaded(RemedyForm form, String version, Optional<EditorialRevision> revision) {}

    /** A SHACL message placed next to a field of the form. */
    public record FieldMessage(Field field, String message) {}

    /** A shape violation and the form field it is about. */
    public record FieldViolation(Field field, ShapeViolation violation) {}

    /** A form to save over the version it was made from; an empty version for a new remedy. */
    public record Edit(RemedyForm form, String version) {}

    /** A save refused because the remedy changed since the editor loaded it. */
    public static final class Conflict extends RuntimeException {
        private final transient Loaded theirs;

        Conflict(Loaded theirs) {
            super("The remedy " + theirs.form().slug() + " was changed by "
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
    private static final Query PUBLIC_REMEDIES = QueryFactory.create("""
            SELECT ?slug ?title WHERE { ?r a <https://w3id.org/laocai-herbs/ns#Remedy> ; <https://w3id.org/laocai-herbs/ns#slug> ?slug .
              OPTIONAL { ?r <https://schema.org/name> ?title FILTER(LANG(?title) = "vi") } }""");
    private static final Query DRAFT_REMEDIES = QueryFactory.create("""
            SELECT ?slug ?state ?title WHERE {
              ?meta <https://w3id.org/laocai-herbs/ns#editorialState> ?state ; <http://www.w3.org/2000/01/rdf-schema#seeAlso> ?r .
              ?r a <https://w3id.org/laocai-herbs/ns#Remedy> ; <https://w3id.org/laocai-herbs/ns#slug> ?slug .
              OPTIONAL { ?r <https://schema.org/name> ?title FILTER(LANG(?title) = "vi") } }""");
    private static final Query SPECIES = QueryFactory.create("""
            CONSTRUCT { ?species a ?type ; <https://w3id.org/laocai-herbs/ns#partUsed> ?part }
            WHERE { ?species a ?type OPTIONAL { ?species <https://w3id.org/laocai-herbs/ns#partUsed> ?part } }""");
    private static final Query SPECIES_LABELS = QueryFactory.create("""
            SELECT ?species ?name WHERE { ?species a <http://rs.tdwg.org/dwc/terms/Taxon> ; <https://schema.org/name> ?name FILTER(LANG(?name) = "vi") }""");

    private final EditorialWorkflow workflow;
    private final GraphStore graph;
    private final ShaclValidator shapes;

    public RemedyEditing(EditorialWorkflow workflow, GraphStore graph, ShaclValidator shapes) {
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.shapes = Objects.requireNonNull(shapes, "shapes");
    }

    public EditorialWorkflow workflow() {
        return workflow;
    }

    /** Every remedy, public or in the drafts, with its editorial state, in Vietnamese alphabetical order of the title. */
    public List<Row> list() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (QuerySolution row : graph.select(MuseumGraph.PUBLIC, PUBLIC_REMEDIES, Map.of())) {
            String slug = row.getLiteral("slug").getString();
            rows.put(slug, new Row(slug, row.contains("title") ? row.getLiteral("title").getString() : slug, EditorialState.PUBLISHED));
        }
        for (QuerySolution row : graph.select(MuseumGraph.DRAFTS, DRAFT_REMEDIES, Map.of())) {
            String slug = row.getLiteral("slug").getString();
            EditorialState state = EditorialState.ofCode(row.getLiteral("state").getString()).orElse(EditorialState.DRAFT);
            String title = rows.containsKey(slug) ? rows.get(slug).title()
                    : row.contains("title") ? row.getLiteral("title").getString() : slug;
            rows.put(slug, new Row(slug, title, state));
        }
        Collator collator = Collator.getInstance(ULocale.forLanguageTag("vi"));
        List<Row> list = new ArrayList<>(rows.values());
        list.sort(Comparator.comparing(Row::title, collator::compare).thenComparing(Row::slug));
        return list;
    }

    /**
     * The remedy's fields as an editor opens them: the open revision's text while one is a draft
     * or in review, else the public text.
     */
    public Loaded load(String slug) {
        Optional<EditorialRevision> revision = workflow.revision(slug);
        Model content = content(slug, revision);
        if (content.isEmpty()) {
            throw new EditorialException("No remedy " + slug);
        }
        return new Loaded(RemedyForm.read(slug, content, speciesLabels()), version(content, revision), revision);
    }

    /** The version of the remedy as it stands now. */
    public String version(String slug) {
        Optional<EditorialRevision> revision = workflow.revision(slug);
        return version(content(slug, revision), revision);
    }

    /**
     * Saves the form as the remedy's draft, opening a revision from the public text when none is
     * open; refused with a {@link Conflict} when the remedy changed since {@code version}.
     *
     * @return the new version
     */
    public synchronized String save(EditorialWorkflow.Editor editor, RemedyForm form, String version) {
        Loaded current = load(form.slug());
        if (!current.version().equals(version)) {
            throw new Conflict(current);
        }
        boolean open = current.revision().map(r -> r.state() == EditorialState.DRAFT || r.state() == EditorialState.IN_REVIEW).orElse(false);
        Model base = content(form.slug(), current.revision());
        if (!open) {
            workflow.start(editor, form.slug());
        }
        workflow.replace(editor, form.slug(), form.applyTo(base));
        return version(form.slug());
    }

    /**
     * Saves many remedies' forms as drafts in one transaction, new remedies included: refused with
     * a {@link Conflict} before anything is written if one changed since its version (an empty
     * version: the remedy must still not exist).
     */
    public synchronized void saveAll(EditorialWorkflow.Editor editor, List<Edit> edits) {
        Map<String, Model> texts = new LinkedHashMap<>();
        edits.forEach(edit -> {
            RemedyForm form = edit.form();
            String version = edit.version();
            Model base;
            if (version.isEmpty()) {
                if (exists(form.slug())) {
                    throw new EditorialException("The remedy " + form.slug() + " was added since the preview");
                }
                base = newRemedy(form.slug());
            } else {
                Loaded current = load(form.slug());
                if (!current.version().equals(version)) {
                    throw new Conflict(current);
                }
                base = content(form.slug(), current.revision());
            }
            texts.put(form.slug(), form.applyTo(base));
        });
        workflow.saveDrafts(editor, texts);
    }

    /** Whether the museum has the remedy, published or as a draft. */
    public boolean exists(String slug) {
        return !content(slug, workflow.revision(slug)).isEmpty();
    }

    /** What a remedy that exists nowhere yet starts from: its type and its slug. */
    public static Model newRemedy(String slug) {
        Model model = ModelFactory.createDefaultModel();
        model.createResource(MuseumVocab.resourceIri("remedy", slug))
                .addProperty(RDF.type, MuseumVocab.REMEDY)
                .addProperty(MuseumVocab.SLUG, slug);
        return model;
    }

    /** The shapes' messages about the form's remedy, each placed at the field it is about. */
    public List<FieldMessage> validate(RemedyForm form, Model base, String language) {
        return violations(form, base).stream()
                .map(found -> new FieldMessage(found.field(), found.violation().message(language)))
                .toList();
    }

    /** The shapes' violations about the form's remedy, each with the field it is about; one run of the shapes for every language. */
    public List<FieldViolation> violations(RemedyForm form, Model base) {
        Model data = form.applyTo(base);
        Model species = ModelFactory.createDefaultModel();
        for (RemedyForm.Ingredient ingredient : form.ingredients()) {
            species.add(graph.construct(MuseumGraph.PUBLIC, SPECIES, Map.of("species", ResourceFactory.createResource(ingredient.species()))));
        }
        data.add(species);
        List<FieldViolation> found = new ArrayList<>();
        for (ShapeViolation violation : shapes.validate(data)) {
            if (!violation.focusNode().equals(form.iri()) && !violation.focusNode().startsWith(form.iri() + "#")) {
                continue;
            }
            found.add(new FieldViolation(field(form.iri(), violation), violation));
        }
        return found;
    }

    /** The messages grouped by field. */
    public static Map<Field, List<String>> byField(List<FieldMessage> messages) {
        Map<Field, List<String>> map = new EnumMap<>(Field.class);
        messages.forEach(message -> map.computeIfAbsent(message.field(), f -> new ArrayList<>()).add(message.message()));
        return map;
    }

    /** The RDF an editor starts from: the open revision's, else the public remedy's. */
    public Model content(String slug, Optional<EditorialRevision> revision) {
        boolean open = revision.map(r -> r.state() == EditorialState.DRAFT || r.state() == EditorialState.IN_REVIEW).orElse(false);
        Model model = open ? workflow.draft(slug) : describe(MuseumGraph.PUBLIC, slug);
        if (model.isEmpty()) {
            model = workflow.draft(slug);
        }
        return model;
    }

    private Model describe(MuseumGraph from, String slug) {
        return graph.construct(from, DESCRIBE, Map.of("doc", ResourceFactory.createResource(MuseumVocab.resourceIri("remedy", slug))));
    }

    /** The Vietnamese names of the species, for the ingredients' labels. */
    public Map<String, String> speciesLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (QuerySolution row : graph.select(MuseumGraph.PUBLIC, SPECIES_LABELS, Map.of())) {
            labels.putIfAbsent(row.getResource("species").getURI(), row.getLiteral("name").getString());
        }
        return labels;
    }

    private static Field field(String remedy, ShapeViolation violation) {
        String focus = violation.focusNode();
        if (!focus.equals(remedy)) {
            String fragment = focus.substring(remedy.length() + 1);
            if (fragment.startsWith("source-")) {
                return Field.SOURCES;
            } else if (fragment.startsWith("ingredient-")) {
                return Field.INGREDIENTS;
            } else if (fragment.startsWith("indication-")) {
                return Field.INDICATIONS;
            } else if (fragment.startsWith("contraindication-")) {
                return Field.CONTRAINDICATIONS;
            } else if (fragment.startsWith("step-")) {
                return Field.PREPARATION;
            } else if (fragment.startsWith("safety-")) {
                return Field.SAFETY;
            }
            return Field.OTHER;
        }
        String path = violation.path() == null ? "" : violation.path();
        boolean english = violation.shape().endsWith("-en") || (violation.value() != null && violation.value().endsWith("@en"));
        return switch (path) {
            case "schema:name" -> english ? Field.TITLE_EN : Field.TITLE_VI;
            case "schema:description" -> english ? Field.SUMMARY_EN : Field.SUMMARY_VI;
            case "herb:narrative" -> Field.NARRATIVE;
            case "herb:tradition" -> Field.TRADITION;
            case "herb:ethnicGroup" -> Field.ETHNIC_GROUP;
            case "dct:source" -> Field.SOURCES;
            case "herb:ingredient" -> Field.INGREDIENTS;
            case "herb:indication" -> Field.INDICATIONS;
            case "herb:contraindication" -> Field.CONTRAINDICATIONS;
            case "herb:preparationStep" -> Field.PREPARATION;
            case "herb:safetyNote" -> Field.SAFETY;
            default -> Field.OTHER;
        };
    }

    private static String version(Model content, Optional<EditorialRevision> revision) {
        return Versions.of(content, revision);
    }
}
