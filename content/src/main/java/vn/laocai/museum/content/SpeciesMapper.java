package vn.laocai.museum.content;

import static vn.laocai.museum.ontology.MuseumVocab.HERB;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.content.FrontMatter.Value;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * Maps one species (its Vietnamese and English files) to RDF, checking every field on the way.
 * Problems go to the error list; the model is only used when that list stays empty.
 */
final class SpeciesMapper {

    static final Set<String> VI_KEYS = Set.of("id", "type", "lang", "title", "summary", "scientificName",
            "authorship", "family", "rank", "strategicRank", "names", "partsUsed", "uses", "safety", "cultivation",
            "conservation", "distribution", "geographicalIndications", "sources");
    static final Set<String> EN_KEYS = Set.of("id", "lang", "title", "summary", "uses", "safety", "cultivation");
    static final Set<String> LANGUAGES = Set.of("vi", "en", "la", "zh", "zh-Latn-pinyin", "hnj", "ium", "tyz",
            "nut", "pcc", "hni", "blt", "sed");
    static final Set<String> STATUSES = Set.of("accepted", "synonym", "vernacular", "trade", "pharmaceutical");
    static final Set<String> PARTS = Set.of("root", "rhizome", "tuber", "bulb", "bark", "stem", "twig", "leaf",
            "flower", "fruit", "seed", "whole-plant", "aerial-parts", "wood", "resin");
    static final Set<String> RANKS = Set.of("species", "variety", "subspecies", "genus");
    private static final Set<String> NAME_KEYS = Set.of("name", "lang", "status", "preferred", "authorship",
            "ethnicGroup", "note", "sources", "verified");
    private static final Set<String> RECORD_KEYS = Set.of("list", "category", "instrument", "status", "note",
            "sources", "verified", "formerDistrict", "communes", "number", "name", "product", "decision", "date",
            "holder");

    private final FieldReader vi;
    private final FieldReader en;
    private final Model model = ModelFactory.createDefaultModel();
    private final Resource species;
    private Set<String> sourceIds = Set.of();

    SpeciesMapper(String slug, FieldReader vi, FieldReader en) {
        this.vi = vi;
        this.en = en;
        this.species = model.createResource(MuseumVocab.speciesIri(slug));
    }

    /** The species as RDF; check the readers' error lists before using it. */
    Model map() {
        vi.allowOnly(VI_KEYS);
        en.allowOnly(EN_KEYS);
        vi.requireEquals("type", "species");
        vi.requireEquals("lang", "vi");
        en.requireEquals("lang", "en");
        sourceIds = sources();
        species.addProperty(RDF.type, MuseumVocab.TAXON)
                .addProperty(RDF.type, MuseumVocab.SCHEMA_TAXON)
                .addProperty(MuseumVocab.SLUG, vi.required("id"))
                .addProperty(MuseumVocab.SCIENTIFIC_NAME, vi.required("scientificName"))
                .addProperty(MuseumVocab.FAMILY, vi.required("family"));
        vi.optional("authorship").ifPresent(a -> species.addProperty(MuseumVocab.SCIENTIFIC_NAME_AUTHORSHIP, a));
        species.addProperty(MuseumVocab.TAXON_RANK, vi.oneOf("rank", RANKS, "species"));
        vi.optionalInt("strategicRank", 1, 9).ifPresent(rank ->
                species.addLiteral(MuseumVocab.STRATEGIC_RANK, model.createTypedLiteral(rank, XSDDatatype.XSDint)));
        for (FieldReader file : List.of(vi, en)) {
            String lang = file.language();
            species.addProperty(MuseumVocab.NAME, file.required("title"), lang);
            species.addProperty(MuseumVocab.DESCRIPTION, file.required("summary"), lang);
            if (!file.body().isBlank()) {
                species.addProperty(MuseumVocab.NARRATIVE, file.body().strip(), lang);
            }
            notes(file, "uses", "use", MuseumVocab.TRADITIONAL_USE);
            notes(file, "safety", "safety", MuseumVocab.SAFETY_NOTE);
            notes(file, "cultivation", "cultivation", MuseumVocab.CULTIVATION_NOTE);
        }
        names();
        for (Value part : vi.list("partsUsed")) {
            String code = vi.checkOneOf(part, "partsUsed", PARTS);
            if (code != null) {
                species.addProperty(MuseumVocab.PART_USED, model.createResource(HERB + "part-" + code));
            }
        }
        records("conservation", "conservation");
        records("distribution", "distribution");
        records("geographicalIndications", "gi");
        return model;
    }

    private Set<String> sources() {
        List<Value> sources = vi.list("sources");
        if (sources.isEmpty()) {
            vi.error(1, "sources: every species needs at least one source");
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
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
            Resource resource = model.createResource(species.getURI() + "#source-" + id)
                    .addProperty(RDF.type, MuseumVocab.BIBLIOGRAPHIC_RESOURCE)
                    .addProperty(MuseumVocab.URL, model.createResource(url));
            if (fields.get("title") != null && fields.get("title").isText()) {
                resource.addProperty(MuseumVocab.TITLE, fields.get("title").text());
            }
            species.addProperty(MuseumVocab.SOURCE, resource);
        }
        return ids;
    }

    private void names() {
        List<Value> names = vi.list("names");
        if (names.isEmpty()) {
            vi.error(1, "names: every species needs at least one name");
        }
        int index = 0;
        for (Value entry : names) {
            index++;
            Map<String, Value> fields = entry.map();
            vi.allowOnly(fields, NAME_KEYS, "names[" + index + "]");
            String form = vi.text(fields.get("name"), "names[" + index + "].name", entry.line());
            String lang = vi.text(fields.get("lang"), "names[" + index + "].lang", entry.line());
            if (form == null || lang == null) {
                continue;
            }
            if (!LANGUAGES.contains(lang)) {
                vi.error(entry.line(), "names[" + index + "].lang: unknown language '" + lang + "'; use one of "
                        + new java.util.TreeSet<>(LANGUAGES));
                continue;
            }
            String status = fields.containsKey("status")
                    ? vi.checkOneOf(fields.get("status"), "names[" + index + "].status", STATUSES) : "vernacular";
            Resource name = model.createResource(species.getURI() + "#name-" + index)
                    .addProperty(RDF.type, MuseumVocab.LABEL)
                    .addProperty(MuseumVocab.LITERAL_FORM, form, lang)
                    .addProperty(MuseumVocab.NAME_STATUS, status == null ? "vernacular" : status);
            describe(name, fields, entry.line());
            boolean preferred = "true".equals(textOf(fields.get("preferred"))) || "accepted".equals(status);
            species.addProperty(preferred ? MuseumVocab.PREF_LABEL : MuseumVocab.ALT_LABEL, name);
        }
    }

    private void notes(FieldReader file, String key, String fragment, Property property) {
        int index = 0;
        for (Value item : file.list(key)) {
            index++;
            String text = item.isText() ? item.text() : file.text(item.map().get("text"), key + "[" + index + "].text", item.line());
            if (text == null) {
                continue;
            }
            Resource note = model.createResource(species.getURI() + "#" + fragment + "-" + file.language() + "-" + index)
                    .addProperty(MuseumVocab.TEXT, text, file.language());
            if (!item.isText()) {
                describe(note, item.map(), item.line(), file);
            }
            species.addProperty(property, note);
        }
    }

    private void records(String key, String fragment) {
        int index = 0;
        for (Value item : vi.list(key)) {
            index++;
            Map<String, Value> fields = item.map();
            vi.allowOnly(fields, RECORD_KEYS, key + "[" + index + "]");
            Resource record = model.createResource(species.getURI() + "#" + fragment + "-" + index);
            fields.forEach((field, value) -> {
                if (!Set.of("sources", "verified", "note").contains(field)) {
                    for (Value each : value.list()) {
                        if (each.isText()) {
                            record.addProperty(model.createProperty(HERB, field), each.text());
                        }
                    }
                }
            });
            describe(record, fields, item.line());
            species.addProperty(model.createProperty(HERB, key), record);
        }
    }

    /** The fields every described thing may have: note, sources, verified. */
    private void describe(Resource subject, Map<String, Value> fields, int line) {
        describe(subject, fields, line, vi);
    }

    private void describe(Resource subject, Map<String, Value> fields, int line, FieldReader file) {
        String language = file.language();
        if (fields.get("note") != null && fields.get("note").isText()) {
            subject.addProperty(MuseumVocab.NOTE, fields.get("note").text(), language);
        }
        if ("false".equals(textOf(fields.get("verified")))) {
            subject.addLiteral(MuseumVocab.VERIFIED, false);
        }
        if (fields.get("sources") != null) {
            for (Value id : fields.get("sources").list()) {
                // Both files cite the ids of the source list kept in the Vietnamese file.
                if (!sourceIds.contains(id.text())) {
                    file.error(id.line(), "cites source '" + id.text() + "', which is not in the sources list");
                } else {
                    subject.addProperty(MuseumVocab.SOURCE, model.createResource(species.getURI() + "#source-" + id.text()));
                }
            }
        }
        if (fields.get("authorship") != null && fields.get("authorship").isText()) {
            subject.addProperty(MuseumVocab.SCIENTIFIC_NAME_AUTHORSHIP, fields.get("authorship").text());
        }
    }

    private static String textOf(Value value) {
        return value == null ? null : value.text();
    }
}
