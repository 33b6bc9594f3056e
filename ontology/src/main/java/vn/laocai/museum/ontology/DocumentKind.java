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

    /**
     * The kind whose pages live under {@code section} ("species", "remedies", "stories",
     * "knowledge") — also the corpus folder of its files.
     */
    public static Optional<DocumentKind> ofSection(String section) {
        return Arrays.stream(values()).filter(kind -> kind.pagePath.equals(section)).findFirst();
    }

    public static Optional<DocumentKind> ofType(String typeIri) {
        return Arrays.stream(values()).filter(kind -> kind.type.getURI().equals(typeIri)).findFirst();
    }

    /** The kind of a document from its IRI ({@code …/id/remedy/<slug>}), or empty for any other IRI. */
    public static Optional<DocumentKind> ofIri(String iri) {
        return Arrays.stream(values()).filter(kind -> kind.slugOf(iri).isPresent()).findFirst();
    }

    /** The slug in the IRI of a document of this kind, or empty when the IRI is not of this kind. */
    public Optional<String> slugOf(String iri) {
        String prefix = MuseumVocab.resourceIri(iriSegment, "");
        if (iri == null || !iri.startsWith(prefix)) {
            return Optional.empty();
        }
        String slug = iri.substring(prefix.length());
        // A fragment or a deeper path names a part of a document (…#name-1), not a document.
        return slug.isEmpty() || slug.contains("/") || slug.contains("#") ? Optional.empty() : Optional.of(slug);
    }
}
