package vn.laocai.museum.content;

import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.content.FrontMatter.Value;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * Maps one ethnic-knowledge record to RDF. A community-restricted record goes to the restricted
 * graph, which no public channel reads.
 */
final class KnowledgeMapper extends DocumentMapper {

    static final Set<String> VI_KEYS = Set.of("id", "type", "lang", "title", "summary", "community", "ethnicGroup",
            "access", "labels", "places", "species", "sources");
    static final Set<String> EN_KEYS = Set.of("id", "lang", "title", "summary");
    static final Set<String> ACCESS = Set.of("public", "community-restricted");
    static final Set<String> LABELS = Set.of("tk-attribution", "tk-non-commercial", "tk-community-voice",
            "tk-culturally-sensitive", "tk-women-general", "tk-seasonal", "tk-verified");

    private boolean restricted = true;

    KnowledgeMapper(String slug, FieldReader vi, FieldReader en, Corpus.Index index) {
        super(MuseumVocab.resourceIri("knowledge", slug), vi, en, index);
    }

    @Override
    Model map() {
        common("knowledge", VI_KEYS, EN_KEYS);
        subject.addProperty(RDF.type, MuseumVocab.KNOWLEDGE_RECORD);
        // A missing or wrong access level is an error, and until it is fixed the record counts as restricted.
        String access = vi.oneOf("access", ACCESS, null);
        if (access == null) {
            vi.error(1, "access: required, one of " + new java.util.TreeSet<>(ACCESS));
        }
        restricted = !"public".equals(access);
        subject.addProperty(MuseumVocab.ACCESS_LEVEL,
                restricted ? MuseumVocab.ACCESS_COMMUNITY_RESTRICTED : MuseumVocab.ACCESS_PUBLIC);
        String community = vi.required("community");
        if (community != null) {
            subject.addProperty(MuseumVocab.COMMUNITY, community, "vi");
        }
        vi.optional("ethnicGroup").ifPresent(group -> subject.addProperty(MuseumVocab.ETHNIC_GROUP, group));
        for (Value label : vi.list("labels")) {
            String code = vi.checkOneOf(label, "labels", LABELS);
            if (code != null) {
                subject.addProperty(MuseumVocab.TK_LABEL, model.createResource(MuseumVocab.HERB + code));
            }
        }
        records("places", "place", RECORD_KEYS);
        int index = 0;
        for (Value slug : vi.list("species")) {
            Resource species = species(slug, "species[" + (++index) + "]", vi);
            if (species != null) {
                subject.addProperty(MuseumVocab.ABOUT, species);
            }
        }
        return model;
    }

    @Override
    MuseumGraph graph() {
        return restricted ? MuseumGraph.RESTRICTED : MuseumGraph.PUBLIC;
    }
}
