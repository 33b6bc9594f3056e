package vn.laocai.museum.content;

import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.content.FrontMatter.Value;
import vn.laocai.museum.ontology.MuseumVocab;

/** Maps one story or exhibition text to RDF: a schema.org Article about some species. */
final class StoryMapper extends DocumentMapper {

    static final Set<String> VI_KEYS = Set.of("id", "type", "lang", "title", "summary", "species", "sources");
    static final Set<String> EN_KEYS = Set.of("id", "lang", "title", "summary");

    StoryMapper(String slug, FieldReader vi, FieldReader en, Corpus.Index index) {
        super(MuseumVocab.resourceIri("story", slug), vi, en, index);
    }

    @Override
    Model map() {
        common("story", VI_KEYS, EN_KEYS);
        subject.addProperty(RDF.type, MuseumVocab.STORY).addProperty(RDF.type, MuseumVocab.ARTICLE);
        int index = 0;
        for (Value slug : vi.list("species")) {
            Resource species = species(slug, "species[" + (++index) + "]", vi);
            if (species != null) {
                subject.addProperty(MuseumVocab.ABOUT, species);
            }
        }
        if (vi.body().isBlank()) {
            vi.error(1, "a story needs its text in the body, after the front matter");
        }
        return model;
    }
}
