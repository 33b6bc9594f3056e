package vn.laocai.museum.content;

import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.content.FrontMatter.Value;
import vn.laocai.museum.ontology.MuseumVocab;

/** Maps one species (its Vietnamese and English files) to RDF: a Darwin Core taxon with all its names. */
final class SpeciesMapper extends DocumentMapper {

    static final Set<String> VI_KEYS = Set.of("id", "type", "lang", "title", "summary", "scientificName",
            "authorship", "family", "rank", "strategicRank", "names", "partsUsed", "useCategories", "uses", "safety", "cultivation",
            "conservation", "distribution", "geographicalIndications", "marks", "sources");
    static final Set<String> EN_KEYS = Set.of("id", "lang", "title", "summary", "uses", "safety", "cultivation");
    static final Set<String> LANGUAGES = Set.of("vi", "en", "la", "zh", "zh-Latn-pinyin", "hnj", "ium", "tyz",
            "nut", "pcc", "hni", "blt", "sed");
    static final Set<String> STATUSES = Set.of("accepted", "synonym", "vernacular", "trade", "pharmaceutical");
    static final Set<String> RANKS = Set.of("species", "variety", "subspecies", "genus");
    private static final Set<String> NAME_KEYS = Set.of("name", "lang", "status", "preferred", "authorship",
            "ethnicGroup", "note", "sources", "verified");

    SpeciesMapper(String slug, FieldReader vi, FieldReader en, Corpus.Index index) {
        super(MuseumVocab.speciesIri(slug), vi, en, index);
    }

    @Override
    Model map() {
        common("species", VI_KEYS, EN_KEYS);
        subject.addProperty(RDF.type, MuseumVocab.TAXON).addProperty(RDF.type, MuseumVocab.SCHEMA_TAXON);
        add(MuseumVocab.SCIENTIFIC_NAME, vi.required("scientificName"));
        add(MuseumVocab.FAMILY, vi.required("family"));
        vi.optional("authorship").ifPresent(a -> subject.addProperty(MuseumVocab.SCIENTIFIC_NAME_AUTHORSHIP, a));
        add(MuseumVocab.TAXON_RANK, vi.oneOf("rank", RANKS, "species"));
        vi.optionalInt("strategicRank", 1, 9).ifPresent(rank ->
                subject.addLiteral(MuseumVocab.STRATEGIC_RANK, model.createTypedLiteral(rank, XSDDatatype.XSDint)));
        notes("uses", "use", MuseumVocab.TRADITIONAL_USE);
        notes("safety", "safety", MuseumVocab.SAFETY_NOTE);
        notes("cultivation", "cultivation", MuseumVocab.CULTIVATION_NOTE);
        names();
        for (Value code : vi.list("partsUsed")) {
            Resource part = part(code, "partsUsed");
            if (part != null) {
                subject.addProperty(MuseumVocab.PART_USED, part);
            }
        }
        useCategories();
        records("conservation", "conservation", RECORD_KEYS);
        records("distribution", "distribution", RECORD_KEYS);
        records("geographicalIndications", "gi", RECORD_KEYS);
        marks();
        return model;
    }

    /**
     * Links the taxon to the geographical indications, collective marks and OCOP products of
     * {@code marks/} and {@code ocop/} that its {@code marks} field names by slug.
     */
    private void marks() {
        int index = 0;
        for (Value slug : vi.list("marks")) {
            String where = "marks[" + (++index) + "]";
            String text = vi.text(slug, where, slug.line());
            if (text == null) {
                continue;
            }
            ReferenceData reference = this.index.reference();
            Resource mark = reference.mark(text).orElse(null);
            if (mark == null && !reference.complete()) {
                continue;
            }
            if (mark == null) {
                vi.error(slug.line(), where + ": no geographical indication, mark or OCOP product '" + text
                        + "' in marks/ or ocop/ (" + MuseumVocab.ID + "mark/" + text + " or …/ocop/" + text + ")");
                continue;
            }
            org.apache.jena.rdf.model.Property link = reference.is(mark, MuseumVocab.GEOGRAPHICAL_INDICATION)
                    ? MuseumVocab.GEOGRAPHICAL_INDICATIONS
                    : reference.is(mark, MuseumVocab.OCOP_PRODUCT) ? MuseumVocab.OCOP_PRODUCT_OF : MuseumVocab.MARK;
            subject.addProperty(link, model.createResource(mark.getURI()));
        }
    }

    private void add(org.apache.jena.rdf.model.Property property, String value) {
        if (value != null) {
            subject.addProperty(property, value);
        }
    }

    private void names() {
        var names = vi.list("names");
        if (names.isEmpty()) {
            vi.error(1, "names: every species needs at least one name");
        }
        int index = 0;
        for (Value entry : names) {
            index++;
            Map<String, Value> fields = entry.map();
            String where = "names[" + index + "]";
            vi.allowOnly(fields, NAME_KEYS, where);
            String form = vi.text(fields.get("name"), where + ".name", entry.line());
            String lang = vi.text(fields.get("lang"), where + ".lang", entry.line());
            if (form == null || lang == null) {
                continue;
            }
            if (!LANGUAGES.contains(lang)) {
                vi.error(entry.line(), where + ".lang: unknown language '" + lang + "'; use one of "
                        + new java.util.TreeSet<>(LANGUAGES));
                continue;
            }
            String status = fields.containsKey("status")
                    ? vi.checkOneOf(fields.get("status"), where + ".status", STATUSES) : "vernacular";
            Resource name = model.createResource(subject.getURI() + "#name-" + index)
                    .addProperty(RDF.type, MuseumVocab.LABEL)
                    .addProperty(MuseumVocab.LITERAL_FORM, form, lang)
                    .addProperty(MuseumVocab.NAME_STATUS, status == null ? "vernacular" : status);
            if (fields.get("ethnicGroup") != null && fields.get("ethnicGroup").isText()) {
                name.addProperty(MuseumVocab.ETHNIC_GROUP, fields.get("ethnicGroup").text());
            }
            describe(name, fields, vi);
            // One preferred name per language: the one marked so, or the accepted name of this very
            // taxon — not the accepted names of the species a genus page lists.
            String marked = fields.get("preferred") == null ? null : fields.get("preferred").text();
            boolean preferred = marked != null ? "true".equals(marked)
                    : "accepted".equals(status) && form.equals(vi.optional("scientificName").orElse(null));
            subject.addProperty(preferred ? MuseumVocab.PREF_LABEL : MuseumVocab.ALT_LABEL, name);
        }
    }
}
