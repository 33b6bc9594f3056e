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
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The editable fields of a species text, story or knowledge record, read from the document's RDF
 * as the corpus loader writes it and written back onto it. Which fields a kind has is
 * {@link #fieldsOf}; everything else the document says is kept as it was.
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
        SOURCES
    }

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

    public DocumentForm(EditorialKind kind, String slug) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.slug = Objects.requireNonNull(slug, "slug");
        fieldsOf(kind).forEach(field -> values.put(field.key(), ""));
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

    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    public void set(String key, String value) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("No field " + key + " in the " + kind.code() + " form");
        }
        values.put(key, value == null ? "" : value);
    }

    /** A copy, for keeping what was loaded next to what is being edited. */
    public DocumentForm copy() {
        DocumentForm copy = new DocumentForm(kind, slug);
        copy.values.putAll(values);
        return copy;
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
        DocumentForm form = new DocumentForm(kind, slug);
        Resource doc = model.getResource(form.iri());
        for (Field field : form.fields()) {
            form.values.put(field.key(), switch (field.type()) {
                case TEXT, AREA, MARKDOWN -> RdfFields.literal(doc, field.property(), field.language());
                case NOTES -> RdfFields.readNotes(doc, field.property(), field.language());
                case SOURCES -> RdfFields.readSources(doc);
            });
        }
        return form;
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
            }
        }
        return model;
    }
}
