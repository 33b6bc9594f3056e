package vn.laocai.museum.app.curation.editorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The editable fields of a remedy, species text, story or knowledge record, read from the
 * document's RDF as the corpus loader writes it and written back onto it. Which fields a kind has
 * is {@link #fieldsOf}; everything else the document says is kept as it was (a remedy's English
 * notes and dosage, an ingredient's processing, role and notes…). A remedy's form also has its
 * ingredients: a species of the museum each, with the part used and the amount.
 *
 * <pre>{@code
 * DocumentForm form = DocumentForm.read(EditorialKind.SPECIES, "panax-notoginseng", model);
 * form.set("narrative-vi", "…");
 * Model edited = form.applyTo(model);
 * }</pre>
 */
public final class DocumentForm {

    /** How a field is shown and stored. */
    public enum Type {
        /** One line: a literal in one language (or untagged). */
        TEXT,
        /** Several lines: a literal in one language. */
        AREA,
        /** Markdown with a preview: a literal in one language. */
        MARKDOWN,
        /** One short statement a line: note resources with a {@code herb:text} in one language. */
        NOTES,
        /** One source a line: URL, then title. */
        SOURCES,
        /** One line: a literal without a language. */
        PLAIN,
        /** A remedy's ingredients, each a species with the part used and the amount; edited with a species picker. */
        INGREDIENTS
    }

    /** One ingredient: a species of the museum, the part used (a code such as {@code root}, or empty) and the amount. */
    public record Ingredient(String iri, String species, String speciesLabel, String part, String amount) {
        public Ingredient {
            Objects.requireNonNull(species, "species");
            part = part == null ? "" : part;
            amount = amount == null ? "" : amount;
            speciesLabel = speciesLabel == null ? species : speciesLabel;
        }

        /** A new ingredient, not yet in the remedy's RDF. */
        public static Ingredient of(String species, String speciesLabel) {
            return new Ingredient(null, species, speciesLabel, "", "");
        }

        public Ingredient withPart(String value) {
            return new Ingredient(iri, species, speciesLabel, value, amount);
        }

        public Ingredient withAmount(String value) {
            return new Ingredient(iri, species, speciesLabel, part, value);
        }
    }

    /** The plant parts an ingredient may name, as in the shapes' list of herb:part-… individuals. */
    public static final List<String> PARTS = List.of("root", "rhizome", "tuber", "bulb", "bark", "stem", "twig", "leaf",
            "flower", "fruit", "seed", "whole-plant", "aerial-parts", "wood", "resin");

    /** Where a message about no field of the form is placed. */
    public static final String OTHER = "other";

    /**
     * One field: its key (also its CSS class and message key), how it is shown, the property it
     * writes, its language and, for notes, the fragment new notes are named by.
     */
    public record Field(String key, Type type, Property property, String language, String fragment) {
        public Field {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(type, "type");
        }
    }

    private static final Field SOURCES = new Field("sources", Type.SOURCES, MuseumVocab.SOURCE, null, "source");
    private static final Map<EditorialKind, List<Field>> FIELDS = Map.of(
            EditorialKind.REMEDY, List.of(
                    literal("title-vi", Type.TEXT, MuseumVocab.NAME, "vi"),
                    literal("title-en", Type.TEXT, MuseumVocab.NAME, "en"),
                    literal("summary-vi", Type.AREA, MuseumVocab.DESCRIPTION, "vi"),
                    literal("summary-en", Type.AREA, MuseumVocab.DESCRIPTION, "en"),
                    literal("tradition", Type.TEXT, MuseumVocab.TRADITION, "vi"),
                    literal("ethnic-group", Type.PLAIN, MuseumVocab.ETHNIC_GROUP, null),
                    new Field("ingredients", Type.INGREDIENTS, MuseumVocab.HAS_INGREDIENT, null, "ingredient"),
                    notes("indications", MuseumVocab.INDICATION, "vi", "indication"),
                    notes("contraindications", MuseumVocab.CONTRAINDICATION, "vi", "contraindication"),
                    notes("preparation", MuseumVocab.PREPARATION_STEP, "vi", "step"),
                    notes("safety", MuseumVocab.SAFETY_NOTE, "vi", "safety"),
                    SOURCES,
                    literal("narrative", Type.MARKDOWN, MuseumVocab.NARRATIVE, "vi")),
            EditorialKind.SPECIES, List.of(
                    literal("summary-vi", Type.AREA, MuseumVocab.DESCRIPTION, "vi"),
                    literal("summary-en", Type.AREA, MuseumVocab.DESCRIPTION, "en"),
                    notes("uses-vi", MuseumVocab.TRADITIONAL_USE, "vi", "use"),
                    notes("uses-en", MuseumVocab.TRADITIONAL_USE, "en", "use"),
                    notes("safety-vi", MuseumVocab.SAFETY_NOTE, "vi", "safety"),
                    notes("safety-en", MuseumVocab.SAFETY_NOTE, "en", "safety"),
                    notes("cultivation-vi", MuseumVocab.CULTIVATION_NOTE, "vi", "cultivation"),
                    notes("cultivation-en", MuseumVocab.CULTIVATION_NOTE, "en", "cultivation"),
                    SOURCES,
                    literal("narrative-vi", Type.MARKDOWN, MuseumVocab.NARRATIVE, "vi"),
                    literal("narrative-en", Type.MARKDOWN, MuseumVocab.NARRATIVE, "en")),
            EditorialKind.STORY, List.of(
                    literal("title-vi", Type.TEXT, MuseumVocab.NAME, "vi"),
                    literal("title-en", Type.TEXT, MuseumVocab.NAME, "en"),
                    literal("summary-vi", Type.AREA, MuseumVocab.DESCRIPTION, "vi"),
                    literal("summary-en", Type.AREA, MuseumVocab.DESCRIPTION, "en"),
                    SOURCES,
                    literal("narrative-vi", Type.MARKDOWN, MuseumVocab.NARRATIVE, "vi"),
                    literal("narrative-en", Type.MARKDOWN, MuseumVocab.NARRATIVE, "en")),
            EditorialKind.KNOWLEDGE, List.of(
                    literal("title-vi", Type.TEXT, MuseumVocab.NAME, "vi"),
                    literal("title-en", Type.TEXT, MuseumVocab.NAME, "en"),
                    literal("summary-vi", Type.AREA, MuseumVocab.DESCRIPTION, "vi"),
                    literal("summary-en", Type.AREA, MuseumVocab.DESCRIPTION, "en"),
                    literal("community", Type.TEXT, MuseumVocab.COMMUNITY, "vi"),
                    SOURCES,
                    literal("narrative-vi", Type.MARKDOWN, MuseumVocab.NARRATIVE, "vi"),
                    literal("narrative-en", Type.MARKDOWN, MuseumVocab.NARRATIVE, "en")));

    private final EditorialKind kind;
    private final String slug;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<Ingredient> ingredients = new ArrayList<>();

    public DocumentForm(EditorialKind kind, String slug) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.slug = Objects.requireNonNull(slug, "slug");
        fieldsOf(kind).stream().filter(field -> field.type() != Type.INGREDIENTS).forEach(field -> values.put(field.key(), ""));
    }

    private static Field literal(String key, Type type, Property property, String language) {
        return new Field(key, type, property, language, null);
    }

    private static Field notes(String key, Property property, String language, String fragment) {
        return new Field(key, Type.NOTES, property, language, fragment);
    }

    /** The fields of a kind's editor, in the editor's order. */
    public static List<Field> fieldsOf(EditorialKind kind) {
        List<Field> fields = FIELDS.get(kind);
        if (fields == null) {
            throw new IllegalArgumentException("No document form for " + kind);
        }
        return fields;
    }

    public List<Field> fields() {
        return fieldsOf(kind);
    }

    public Optional<Field> field(String key) {
        return fields().stream().filter(field -> field.key().equals(key)).findFirst();
    }

    public EditorialKind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public String iri() {
        return kind.resource(slug).getURI();
    }

    /** A field's value; a remedy's ingredients as text, one a line. */
    public String get(String key) {
        return field(key).filter(field -> field.type() == Type.INGREDIENTS).isPresent() ? ingredientsText() : values.getOrDefault(key, "");
    }

    public void set(String key, String value) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("No field " + key + " in the " + kind.code() + " form");
        }
        values.put(key, value == null ? "" : value);
    }

    public List<Ingredient> ingredients() {
        return List.copyOf(ingredients);
    }

    public void setIngredients(List<Ingredient> list) {
        ingredients.clear();
        ingredients.addAll(list);
    }

    /** A copy, for keeping what was loaded next to what is being edited. */
    public DocumentForm copy() {
        DocumentForm copy = new DocumentForm(kind, slug);
        copy.values.putAll(values);
        copy.ingredients.addAll(ingredients);
        return copy;
    }

    /** Copies one field's value from another form: "take theirs" in the merge view. */
    public void take(String key, DocumentForm other) {
        if (field(key).filter(field -> field.type() == Type.INGREDIENTS).isPresent()) {
            setIngredients(other.ingredients());
        } else {
            set(key, other.get(key));
        }
    }

    private String ingredientsText() {
        StringBuilder text = new StringBuilder();
        for (Ingredient ingredient : ingredients) {
            text.append(ingredient.speciesLabel());
            if (!ingredient.part().isBlank()) {
                text.append(" (").append(ingredient.part()).append(')');
            }
            if (!ingredient.amount().isBlank()) {
                text.append(": ").append(ingredient.amount());
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    /** The fields whose values differ between the two forms, in the form's order. */
    public List<Field> differences(DocumentForm other) {
        List<Field> changed = new ArrayList<>();
        for (Field field : fields()) {
            if (!get(field.key()).equals(other.get(field.key()))) {
                changed.add(field);
            }
        }
        return changed;
    }

    /** The form's fields as the document's RDF says them. */
    public static DocumentForm read(EditorialKind kind, String slug, Model model) {
        return read(kind, slug, model, Map.of());
    }

    /** The form's fields as the document's RDF says them, its ingredients labelled with the species' Vietnamese names. */
    public static DocumentForm read(EditorialKind kind, String slug, Model model, Map<String, String> speciesLabels) {
        DocumentForm form = new DocumentForm(kind, slug);
        Resource doc = model.getResource(form.iri());
        for (Field field : form.fields()) {
            switch (field.type()) {
                case TEXT, AREA, MARKDOWN, PLAIN -> form.values.put(field.key(), RdfFields.literal(doc, field.property(), field.language()));
                case NOTES -> form.values.put(field.key(), RdfFields.readNotes(doc, field.property(), field.language()));
                case SOURCES -> form.values.put(field.key(), RdfFields.readSources(doc));
                case INGREDIENTS -> form.readIngredients(doc, speciesLabels);
            }
        }
        return form;
    }

    private void readIngredients(Resource doc, Map<String, String> speciesLabels) {
        for (Resource ingredient : RdfFields.objects(doc, MuseumVocab.HAS_INGREDIENT)) {
            Statement species = ingredient.getProperty(MuseumVocab.SPECIES);
            if (species == null || !species.getObject().isURIResource()) {
                continue;
            }
            Statement part = ingredient.getProperty(MuseumVocab.PART_USED);
            String partCode = part == null || !part.getObject().isURIResource() ? ""
                    : part.getResource().getURI().substring((MuseumVocab.HERB + "part-").length());
            String speciesIri = species.getResource().getURI();
            ingredients.add(new Ingredient(ingredient.getURI(), speciesIri, speciesLabels.getOrDefault(speciesIri, speciesIri),
                    partCode, RdfFields.literal(ingredient, MuseumVocab.AMOUNT, null)));
        }
    }

    /** The document's RDF with this form's fields written onto it; the argument is left as it was. */
    public Model applyTo(Model original) {
        Model model = ModelFactory.createDefaultModel().add(original);
        model.setNsPrefixes(original.getNsPrefixMap());
        Resource doc = model.getResource(iri());
        for (Field field : fields()) {
            String value = get(field.key());
            switch (field.type()) {
                case TEXT, AREA, MARKDOWN -> RdfFields.replaceLiteral(doc, field.property(), field.language(), value);
                case NOTES -> RdfFields.writeNotes(model, doc, field.property(), field.fragment(), field.language(), RdfFields.lines(value));
                case SOURCES -> RdfFields.writeSources(model, doc, value);
                case PLAIN -> {
                    doc.removeAll(field.property());
                    if (!value.isBlank()) {
                        doc.addProperty(field.property(), value.strip());
                    }
                }
                case INGREDIENTS -> writeIngredients(model, doc);
            }
        }
        return model;
    }

    private void writeIngredients(Model model, Resource remedy) {
        List<Resource> existing = RdfFields.objects(remedy, MuseumVocab.HAS_INGREDIENT);
        int next = RdfFields.nextNumber(remedy, MuseumVocab.HAS_INGREDIENT);
        List<Resource> kept = new ArrayList<>();
        for (Ingredient ingredient : ingredients) {
            Resource resource;
            if (ingredient.iri() != null && existing.stream().anyMatch(r -> ingredient.iri().equals(r.getURI()))) {
                resource = model.getResource(ingredient.iri());
            } else {
                resource = model.createResource(iri() + "#ingredient-" + next++).addProperty(RDF.type, MuseumVocab.INGREDIENT);
                remedy.addProperty(MuseumVocab.HAS_INGREDIENT, resource);
            }
            resource.removeAll(MuseumVocab.SPECIES).addProperty(MuseumVocab.SPECIES, model.createResource(ingredient.species()));
            resource.removeAll(MuseumVocab.PART_USED);
            if (!ingredient.part().isBlank()) {
                resource.addProperty(MuseumVocab.PART_USED, model.createResource(MuseumVocab.HERB + "part-" + ingredient.part()));
            }
            resource.removeAll(MuseumVocab.AMOUNT);
            if (!ingredient.amount().isBlank()) {
                resource.addProperty(MuseumVocab.AMOUNT, ingredient.amount().strip(), "vi");
            }
            kept.add(resource);
        }
        existing.stream().filter(resource -> !kept.contains(resource))
                .forEach(resource -> RdfFields.remove(model, remedy, MuseumVocab.HAS_INGREDIENT, resource));
    }
}
