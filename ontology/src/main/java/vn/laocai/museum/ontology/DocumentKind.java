package vn.laocai.museum.ontology;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;

/** The kinds of documents the museum shows, with their class and the path of their pages. */
public enum DocumentKind {
    SPECIES("species", "species", MuseumVocab.TAXON),
    REMEDY("remedy", "remedies", MuseumVocab.REMEDY),
    STORY("story", "stories", MuseumVocab.STORY),
    KNOWLEDGE("knowledge", "knowledge", MuseumVocab.KNOWLEDGE_RECORD);

    private final String iriSegment;
    private final String pagePath;
    private final Resource type;

    DocumentKind(String iriSegment, String pagePath, Resource type) {
        this.iriSegment = iriSegment;
        this.pagePath = pagePath;
        this.type = type;
    }

    /** The IRI of a document of this kind: {@code …/id/remedy/<slug>}. */
    public String iri(String slug) {
        return MuseumVocab.resourceIri(iriSegment, slug);
    }

    /** The site path of its page: {@code remedies/<slug>}. */
    public String page(String slug) {
        return pagePath + "/" + slug;
    }

    public Resource type() {
        return type;
    }

    public static Optional<DocumentKind> ofType(String typeIri) {
        return Arrays.stream(values()).filter(kind -> kind.type.getURI().equals(typeIri)).findFirst();
    }
}
