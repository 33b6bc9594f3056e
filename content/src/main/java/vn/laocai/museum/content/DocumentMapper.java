package vn.laocai.museum.content;

import static vn.laocai.museum.ontology.MuseumVocab.HERB;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import vn.laocai.museum.content.FrontMatter.Value;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Vocabulary;

/**
 * What every corpus document shares — title, summary, narrative, sources and short statements in
 * both languages — mapped to RDF with every field checked. Subclasses add their own fields.
 * Problems go to the readers' error list; the model is only used when that list stays empty.
 */
abstract class DocumentMapper {

    static final Set<String> PARTS = Set.of("root", "rhizome", "tuber", "bulb", "bark", "stem", "twig", "leaf",
            "flower", "fruit", "seed", "whole-plant", "aerial-parts", "wood", "resin");
    /** The codes (skos:notation) of the use categories in the vocabulary's list. */
    static final Set<String> USE_CATEGORIES = useCategoryCodes();
    static final Set<String> RECORD_KEYS = Set.of("list", "category", "instrument", "status", "note",
            "sources", "verified", "formerDistrict", "communes", "number", "name", "product", "decision", "date",
            "holder");

    protected final FieldReader vi;
    protected final FieldReader en;
    protected final Model model = ModelFactory.createDefaultModel();
    protected final Resource subject;
    protected final Corpus.Index index;
    private Set<String> sourceIds = Set.of();

    DocumentMapper(String iri, FieldReader vi, FieldReader en, Corpus.Index index) {
        this.vi = vi;
        this.en = en;
        this.index = index;
        this.subject = model.createResource(iri);
    }

    /** The document as RDF; check the readers' error lists before using it. */
    abstract Model map();

    /** The graph the document belongs in: public unless it says otherwise. */
    MuseumGraph graph() {
        return MuseumGraph.PUBLIC;
    }

    /** Checks the keys and type, reads the sources, and maps title, summary and body in both languages. */
    protected final void common(String type, Set<String> viKeys, Set<String> enKeys) {
        vi.allowOnly(viKeys);
        en.allowOnly(enKeys);
        vi.requireEquals("type", type);
        vi.requireEquals("lang", "vi");
        en.requireEquals("lang", "en");
        sourceIds = sources();
        subject.addProperty(MuseumVocab.SLUG, String.valueOf(vi.required("id")));
        for (FieldReader file : List.of(vi, en)) {
            String lang = file.language();
            String title = file.required("title");
            String summary = file.required("summary");
            if (title != null) {
                subject.addProperty(MuseumVocab.NAME, title, lang);
            }
            if (summary != null) {
                subject.addProperty(MuseumVocab.DESCRIPTION, summary, lang);
            }
            if (!file.body().isBlank()) {
                subject.addProperty(MuseumVocab.NARRATIVE, file.body().strip(), lang);
            }
        }
    }

    private Set<String> sources() {
        List<Value> sources = vi.list("sources");
        if (sources.isEmpty()) {
            vi.error(1, "sources: every document needs at least one source");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Value source : sources) {
            Map<String, Value> fields = source.map();
            String id = vi.text(fields.get("id"), "sources[].id", source.line());
            String url = vi.text(fields.get("url"), "sources[].url", source.line());
            if (id == null || url == null) {
                continue;
            }
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                vi.error(source.line(), "sources: url must start with http:// or https://: " + url);
            }
            if (!ids.add(id)) {
                vi.error(source.line(), "sources: id '" + id + "' is used twice");
            }
            Resource resource = model.createResource(subject.getURI() + "#source-" + id)
                    .addProperty(RDF.type, MuseumVocab.BIBLIOGRAPHIC_RESOURCE)
                    .addProperty(MuseumVocab.URL, model.createResource(url));
            if (fields.get("title") != null && fields.get("title").isText()) {
                resource.addProperty(MuseumVocab.TITLE, fields.get("title").text());
            }
            subject.addProperty(MuseumVocab.SOURCE, resource);
        }
        return ids;
    }

    /** A list of short statements in both files ({@code uses}, {@code safety} …), each its own resource. */
    protected final void notes(String key, String fragment, Property property) {
        for (FieldReader file : List.of(vi, en)) {
            int index = 0;
            for (Value item : file.list(key)) {
                index++;
                String text = item.isText() ? item.text()
                        : file.text(item.map().get("text"), key + "[" + index + "].text", item.line());
                if (text == null) {
                    continue;
                }
                Resource note = model.createResource(subject.getURI() + "#" + fragment + "-" + file.language() + "-" + index)
                        .addProperty(MuseumVocab.TEXT, text, file.language());
                if (!item.isText()) {
                    describe(note, item.map(), file);
                }
                subject.addProperty(property, note);
            }
        }
    }

    /** One text per language ({@code dosage} …), as a language-tagged literal. */
    protected final void text(String key, Property property) {
        for (FieldReader file : List.of(vi, en)) {
            file.optional(key).ifPresent(text -> subject.addProperty(property, text, file.language()));
        }
    }

    /** Structured records ({@code distribution}, {@code conservation} …) as resources with {@code herb:<field>} values. */
    protected final void records(String key, String fragment, Set<String> allowed) {
        int index = 0;
        for (Value item : vi.list(key)) {
            index++;
            Map<String, Value> fields = item.map();
            vi.allowOnly(fields, allowed, key + "[" + index + "]");
            Resource record = model.createResource(subject.getURI() + "#" + fragment + "-" + index);
            fields.forEach((field, value) -> {
                if (!Set.of("sources", "verified", "note").contains(field)) {
                    for (Value each : value.list()) {
                        if (each.isText()) {
                            record.addProperty(model.createProperty(HERB, field), each.text());
                        }
                    }
                }
            });
            describe(record, fields, vi);
            String where = key + "[" + index + "]";
            if (fields.containsKey("formerDistrict") || fields.containsKey("communes")) {
                places(record, fields, where);
            }
            if (fields.containsKey("list")) {
                list(record, fields, where);
            }
            subject.addProperty(model.createProperty(HERB, key), record);
        }
    }

    /**
     * Links a record to the places it names (dct:spatial): its former district, and each of its
     * communes within that district. A name that {@code places/} does not describe is an error.
     */
    private void places(Resource record, Map<String, Value> fields, String where) {
        Value districtName = fields.get("formerDistrict");
        if (districtName == null || !districtName.isText()) {
            vi.error(fields.values().iterator().next().line(), where + ": communes need their formerDistrict");
            return;
        }
        ReferenceData places = index.reference();
        Resource district = places.district(districtName.text().strip()).orElse(null);
        if (district == null && !places.complete()) {
            return;
        }
        if (district == null) {
            vi.error(districtName.line(), where + ".formerDistrict: no former district '" + districtName.text().strip()
                    + "' in places/ (a herb:FormerDistrict with that schema:name @vi)");
            return;
        }
        record.addProperty(MuseumVocab.SPATIAL, model.createResource(district.getURI()));
        Value communes = fields.get("communes");
        for (Value commune : communes == null ? List.<Value>of() : communes.list()) {
            if (!commune.isText()) {
                continue;
            }
            String name = commune.text().strip();
            Resource place = places.commune(district, name).orElse(null);
            if (place != null) {
                record.addProperty(MuseumVocab.SPATIAL, model.createResource(place.getURI()));
            } else if (places.complete()) {
                vi.error(commune.line(), where + ".communes: no commune '" + name + "' of former district '"
                        + districtName.text().strip() + "' in places/ (a herb:Commune with that schema:name @vi, "
                        + "schema:containedInPlace <" + district.getURI() + ">)");
            }
        }
    }

    /**
     * Links a conservation assessment to its list, the list's category it names, and the
     * instrument that sets the list up. The category is matched on the list's codes, whole or by
     * its first word ("EN A2acd" is EN).
     */
    private void list(Resource record, Map<String, Value> fields, String where) {
        Value code = fields.get("list");
        if (!code.isText() || "not-listed".equals(code.text().strip())) {
            return;
        }
        ReferenceData reference = index.reference();
        Resource list = reference.list(code.text().strip()).orElse(null);
        if (list == null && !reference.complete()) {
            return;
        }
        if (list == null) {
            vi.error(code.line(), where + ".list: no list '" + code.text().strip() + "' in lists/ "
                    + "(a skos:ConceptScheme with that skos:notation)");
            return;
        }
        record.addProperty(MuseumVocab.ON_LIST, model.createResource(list.getURI()));
        reference.instrument(list).ifPresent(instrument ->
                record.addProperty(MuseumVocab.LEGAL_INSTRUMENT, model.createResource(instrument.getURI())));
        Value category = fields.get("category");
        if (category == null || !category.isText()) {
            return;
        }
        Map<String, Resource> categories = reference.categories(list);
        String written = category.text().strip();
        Resource found = categories.get(written);
        if (found == null) {
            found = categories.get(written.split("\\s+")[0]);
        }
        if (found == null) {
            vi.error(category.line(), where + ".category: '" + written + "' is not a category of list '"
                    + code.text().strip() + "'; its categories: " + categories.keySet());
            return;
        }
        record.addProperty(MuseumVocab.LIST_CATEGORY, model.createResource(found.getURI()));
    }

    /** A reference to a species of the corpus by slug; an unknown slug is an error. */
    protected final Resource species(Value slug, String where, FieldReader file) {
        String text = file.text(slug, where, slug == null ? 1 : slug.line());
        if (text == null) {
            return null;
        }
        if (!index.hasSpecies(text)) {
            file.error(slug.line(), where + ": no species '" + text + "' in the corpus (species/" + text + ".vi.md)");
            return null;
        }
        return model.createResource(MuseumVocab.speciesIri(text));
    }

    /** A plant-part code as its vocabulary resource. */
    /**
     * Links the subject to the use categories its {@code useCategories} field names by code: the
     * concepts of the vocabulary's list, so a code the list lacks is an error naming those it has.
     */
    protected final void useCategories() {
        int index = 0;
        for (Value code : vi.list("useCategories")) {
            String checked = vi.checkOneOf(code, "useCategories[" + (++index) + "]", USE_CATEGORIES);
            if (checked != null) {
                subject.addProperty(MuseumVocab.USE_CATEGORY, model.createResource(HERB + "use-" + checked));
            }
        }
    }

    protected final Resource part(Value code, String where) {
        String checked = vi.checkOneOf(code, where, PARTS);
        return checked == null ? null : model.createResource(HERB + "part-" + checked);
    }

    /** The fields every described thing may have: note, sources, verified, authorship. */
    protected final void describe(Resource target, Map<String, Value> fields, FieldReader file) {
        String language = file.language();
        if (fields.get("note") != null && fields.get("note").isText()) {
            target.addProperty(MuseumVocab.NOTE, fields.get("note").text(), language);
        }
        if (fields.get("verified") != null && "false".equals(fields.get("verified").text())) {
            target.addLiteral(MuseumVocab.VERIFIED, false);
        }
        if (fields.get("sources") != null) {
            for (Value id : fields.get("sources").list()) {
                // Both files cite the ids of the source list kept in the Vietnamese file.
                if (!sourceIds.contains(id.text())) {
                    file.error(id.line(), "cites source '" + id.text() + "', which is not in the sources list");
                } else {
                    target.addProperty(MuseumVocab.SOURCE, model.createResource(subject.getURI() + "#source-" + id.text()));
                }
            }
        }
        if (fields.get("authorship") != null && fields.get("authorship").isText()) {
            target.addProperty(MuseumVocab.SCIENTIFIC_NAME_AUTHORSHIP, fields.get("authorship").text());
        }
    }

    private static Set<String> useCategoryCodes() {
        Set<String> codes = new TreeSet<>();
        Vocabulary.model()
                .listSubjectsWithProperty(SKOS.inScheme, MuseumVocab.USE_CATEGORIES)
                .forEachRemaining(concept -> codes.add(concept.getRequiredProperty(SKOS.notation).getString()));
        return Set.copyOf(codes);
    }
}
