package vn.laocai.museum.app.curation.editorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The editable fields of one remedy, read from its RDF and written back onto it: titles and
 * summaries in both languages, the Vietnamese narrative (Markdown), tradition and ethnic group,
 * the Vietnamese indications, contraindications, preparation steps and safety notes (one a line),
 * the sources (one a line: URL, then title) and the ingredients (species, part, amount).
 * Everything else the remedy says — English notes, dosage, an ingredient's processing, role and
 * notes — is kept as it was.
 */
public final class RemedyForm {

    /** One field of the form, as the editor shows it and as SHACL messages are placed next to it. */
    public enum Field {
        TITLE_VI, TITLE_EN, SUMMARY_VI, SUMMARY_EN, NARRATIVE, TRADITION, ETHNIC_GROUP,
        INDICATIONS, CONTRAINDICATIONS, PREPARATION, SAFETY, SOURCES, INGREDIENTS,
        /** What belongs to no field of the form. */
        OTHER
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

    private static final Map<Field, Property> NOTES = Map.of(
            Field.INDICATIONS, MuseumVocab.INDICATION,
            Field.CONTRAINDICATIONS, MuseumVocab.CONTRAINDICATION,
            Field.PREPARATION, MuseumVocab.PREPARATION_STEP,
            Field.SAFETY, MuseumVocab.SAFETY_NOTE);
    private static final Map<Field, String> FRAGMENTS = Map.of(
            Field.INDICATIONS, "indication", Field.CONTRAINDICATIONS, "contraindication",
            Field.PREPARATION, "step", Field.SAFETY, "safety");

    private final String slug;
    private final EnumMap<Field, String> texts = new EnumMap<>(Field.class);
    private final List<Ingredient> ingredients = new ArrayList<>();

    public RemedyForm(String slug) {
        this.slug = Objects.requireNonNull(slug, "slug");
        for (Field field : Field.values()) {
            if (field != Field.INGREDIENTS && field != Field.OTHER) {
                texts.put(field, "");
            }
        }
    }

    public String slug() {
        return slug;
    }

    public String iri() {
        return MuseumVocab.resourceIri("remedy", slug);
    }

    public String get(Field field) {
        return field == Field.INGREDIENTS ? ingredientsText() : texts.getOrDefault(field, "");
    }

    public void set(Field field, String value) {
        if (field == Field.INGREDIENTS || field == Field.OTHER) {
            throw new IllegalArgumentException("Not a text field: " + field);
        }
        texts.put(field, value == null ? "" : value);
    }

    public List<Ingredient> ingredients() {
        return List.copyOf(ingredients);
    }

    public void setIngredients(List<Ingredient> list) {
        ingredients.clear();
        ingredients.addAll(list);
    }

    /** A copy, for keeping what was loaded next to what is being edited. */
    public RemedyForm copy() {
        RemedyForm copy = new RemedyForm(slug);
        copy.texts.putAll(texts);
        copy.ingredients.addAll(ingredients);
        return copy;
    }

    /** Copies one field's value from another form: "take theirs" in the merge view. */
    public void take(Field field, RemedyForm other) {
        if (field == Field.INGREDIENTS) {
            setIngredients(other.ingredients());
        } else if (field != Field.OTHER) {
            set(field, other.get(field));
        }
    }

    /** The fields whose values differ between the two forms, in the form's order. */
    public List<Field> differences(RemedyForm other) {
        List<Field> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            if (field != Field.OTHER && !get(field).equals(other.get(field))) {
                fields.add(field);
            }
        }
        return fields;
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

    /** The form's fields as the remedy's RDF says them. */
    public static RemedyForm read(String slug, Model model, Map<String, String> speciesLabels) {
        RemedyForm form = new RemedyForm(slug);
        Resource remedy = model.getResource(form.iri());
        form.set(Field.TITLE_VI, literal(remedy, MuseumVocab.NAME, "vi"));
        form.set(Field.TITLE_EN, literal(remedy, MuseumVocab.NAME, "en"));
        form.set(Field.SUMMARY_VI, literal(remedy, MuseumVocab.DESCRIPTION, "vi"));
        form.set(Field.SUMMARY_EN, literal(remedy, MuseumVocab.DESCRIPTION, "en"));
        form.set(Field.NARRATIVE, literal(remedy, MuseumVocab.NARRATIVE, "vi"));
        form.set(Field.TRADITION, literal(remedy, MuseumVocab.TRADITION, null));
        form.set(Field.ETHNIC_GROUP, literal(remedy, MuseumVocab.ETHNIC_GROUP, null));
        NOTES.forEach((field, property) -> form.set(field, RdfFields.readNotes(remedy, property, "vi")));
        form.set(Field.SOURCES, RdfFields.readSources(remedy));
        for (Resource ingredient : RdfFields.objects(remedy, MuseumVocab.HAS_INGREDIENT)) {
            Statement species = ingredient.getProperty(MuseumVocab.SPECIES);
            if (species == null || !species.getObject().isURIResource()) {
                continue;
            }
            Statement part = ingredient.getProperty(MuseumVocab.PART_USED);
            String partCode = part == null || !part.getObject().isURIResource() ? ""
                    : part.getResource().getURI().substring((MuseumVocab.HERB + "part-").length());
            String speciesIri = species.getResource().getURI();
            form.ingredients.add(new Ingredient(ingredient.getURI(), speciesIri, speciesLabels.getOrDefault(speciesIri, speciesIri),
                    partCode, literal(ingredient, MuseumVocab.AMOUNT, null)));
        }
        return form;
    }

    /** The remedy's RDF with this form's fields written onto it; the argument is left as it was. */
    public Model applyTo(Model original) {
        Model model = ModelFactory.createDefaultModel().add(original);
        model.setNsPrefixes(original.getNsPrefixMap());
        Resource remedy = model.getResource(iri());
        replaceLiteral(remedy, MuseumVocab.NAME, "vi", get(Field.TITLE_VI));
        replaceLiteral(remedy, MuseumVocab.NAME, "en", get(Field.TITLE_EN));
        replaceLiteral(remedy, MuseumVocab.DESCRIPTION, "vi", get(Field.SUMMARY_VI));
        replaceLiteral(remedy, MuseumVocab.DESCRIPTION, "en", get(Field.SUMMARY_EN));
        replaceLiteral(remedy, MuseumVocab.NARRATIVE, "vi", get(Field.NARRATIVE));
        remedy.removeAll(MuseumVocab.TRADITION);
        if (!get(Field.TRADITION).isBlank()) {
            remedy.addProperty(MuseumVocab.TRADITION, get(Field.TRADITION).strip(), "vi");
        }
        remedy.removeAll(MuseumVocab.ETHNIC_GROUP);
        if (!get(Field.ETHNIC_GROUP).isBlank()) {
            remedy.addProperty(MuseumVocab.ETHNIC_GROUP, get(Field.ETHNIC_GROUP).strip());
        }
        NOTES.forEach((field, property) -> RdfFields.writeNotes(model, remedy, property, FRAGMENTS.get(field), "vi", lines(get(field))));
        RdfFields.writeSources(model, remedy, get(Field.SOURCES));
        writeIngredients(model, remedy);
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

    private static List<String> lines(String text) {
        return RdfFields.lines(text);
    }

    private static String literal(Resource subject, Property property, String language) {
        return RdfFields.literal(subject, property, language);
    }

    private static void replaceLiteral(Resource subject, Property property, String language, String value) {
        RdfFields.replaceLiteral(subject, property, language, value);
    }
}
