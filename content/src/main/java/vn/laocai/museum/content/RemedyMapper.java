package vn.laocai.museum.content;

import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.content.FrontMatter.Value;
import vn.laocai.museum.ontology.MuseumVocab;

/** Maps one remedy (bài thuốc) to RDF: its ingredients point at species and plant parts of the corpus. */
final class RemedyMapper extends DocumentMapper {

    static final Set<String> VI_KEYS = Set.of("id", "type", "lang", "title", "summary", "tradition", "ethnicGroup",
            "ingredients", "preparation", "dosage", "indications", "contraindications", "safety", "useCategories", "sources");
    static final Set<String> EN_KEYS = Set.of("id", "lang", "title", "summary", "preparation", "dosage", "indications",
            "contraindications", "safety");
    private static final Set<String> INGREDIENT_KEYS = Set.of("species", "part", "amount", "processing", "role",
            "note", "sources", "verified");

    RemedyMapper(String slug, FieldReader vi, FieldReader en, Corpus.Index index) {
        super(MuseumVocab.resourceIri("remedy", slug), vi, en, index);
    }

    @Override
    Model map() {
        common("remedy", VI_KEYS, EN_KEYS);
        subject.addProperty(RDF.type, MuseumVocab.REMEDY);
        vi.optional("tradition").ifPresent(t -> subject.addProperty(MuseumVocab.TRADITION, t, "vi"));
        vi.optional("ethnicGroup").ifPresent(g -> subject.addProperty(MuseumVocab.ETHNIC_GROUP, g));
        ingredients();
        notes("preparation", "step", MuseumVocab.PREPARATION_STEP);
        notes("dosage", "dosage", MuseumVocab.DOSAGE);
        notes("indications", "indication", MuseumVocab.INDICATION);
        useCategories();
        notes("contraindications", "contraindication", MuseumVocab.CONTRAINDICATION);
        notes("safety", "safety", MuseumVocab.SAFETY_NOTE);
        return model;
    }

    private void ingredients() {
        var ingredients = vi.list("ingredients");
        if (ingredients.isEmpty()) {
            vi.error(1, "ingredients: a remedy needs at least one ingredient");
        }
        int index = 0;
        for (Value entry : ingredients) {
            index++;
            String where = "ingredients[" + index + "]";
            Map<String, Value> fields = entry.map();
            vi.allowOnly(fields, INGREDIENT_KEYS, where);
            Resource ingredient = model.createResource(subject.getURI() + "#ingredient-" + index)
                    .addProperty(RDF.type, MuseumVocab.INGREDIENT);
            Resource species = species(fields.get("species"), where + ".species", vi);
            if (species != null) {
                ingredient.addProperty(MuseumVocab.SPECIES, species);
            }
            if (fields.get("part") != null) {
                Resource part = part(fields.get("part"), where + ".part");
                if (part != null) {
                    ingredient.addProperty(MuseumVocab.PART_USED, part);
                }
            }
            literal(ingredient, fields, "amount", MuseumVocab.AMOUNT);
            literal(ingredient, fields, "processing", MuseumVocab.PROCESSING);
            literal(ingredient, fields, "role", MuseumVocab.ROLE);
            describe(ingredient, fields, vi);
            subject.addProperty(MuseumVocab.HAS_INGREDIENT, ingredient);
        }
    }

    private static void literal(Resource target, Map<String, Value> fields, String key, org.apache.jena.rdf.model.Property property) {
        if (fields.get(key) != null && fields.get(key).isText()) {
            target.addProperty(property, fields.get(key).text(), "vi");
        }
    }
}
