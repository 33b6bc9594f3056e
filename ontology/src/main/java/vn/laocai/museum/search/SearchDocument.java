package vn.laocai.museum.search;

import java.util.List;
import java.util.Objects;

/**
 * One resource as the search index sees it.
 *
 * @param summaryVi the short summary in Vietnamese, stored to show as a result's snippet; may be null
 * @param summaryEn the same in English; falls back to the Vietnamese one
 * @param bodyVi    the Vietnamese text a highlighted snippet is cut from (summary, narrative, statements); may be null
 * @param bodyEn    the same in English; falls back to the Vietnamese one
 * @param facets    the values this resource has for each {@link SearchFacet}, its type aside (that comes from {@code type})
 */
public record SearchDocument(
        String iri,
        String type,
        String titleVi,
        String titleEn,
        String scientificName,
        List<Name> names,
        List<String> texts,
        String imageKey,
        String summaryVi,
        String summaryEn,
        String bodyVi,
        String bodyEn,
        List<Facet> facets) {

    /** One value of one facet, e.g. {@code (FAMILY, "Araliaceae")}. */
    public record Facet(SearchFacet facet, String value) {
        public Facet {
            Objects.requireNonNull(facet, "facet");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A name and its BCP 47 language tag.
     *
     * @param own false for a name the resource only mentions (a remedy's ingredient species): it is
     *            searched like the others, but typing it exactly ranks the named resource first, not
     *            the one that mentions it
     */
    public record Name(String form, String language, boolean own) {
        public Name {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(language, "language");
        }

        /** One of the resource's own names. */
        public Name(String form, String language) {
            this(form, language, true);
        }

        /** A name of another resource that this one mentions. */
        public static Name mention(String form, String language) {
            return new Name(form, language, false);
        }
    }

    /** A document without summaries to show as snippets. */
    public SearchDocument(String iri, String type, String titleVi, String titleEn, String scientificName, List<Name> names,
            List<String> texts, String imageKey) {
        this(iri, type, titleVi, titleEn, scientificName, names, texts, imageKey, null, null);
    }

    /** A document without facets, its summaries standing in for the texts of its snippets. */
    public SearchDocument(String iri, String type, String titleVi, String titleEn, String scientificName, List<Name> names,
            List<String> texts, String imageKey, String summaryVi, String summaryEn) {
        this(iri, type, titleVi, titleEn, scientificName, names, texts, imageKey, summaryVi, summaryEn, summaryVi, summaryEn,
                List.of());
    }

    /** This document with its facet values. */
    public SearchDocument withFacets(List<Facet> values) {
        return new SearchDocument(iri, type, titleVi, titleEn, scientificName, names, texts, imageKey, summaryVi, summaryEn,
                bodyVi, bodyEn, values);
    }

    /** This document with the texts its highlighted snippets are cut from. */
    public SearchDocument withBodies(String vi, String en) {
        return new SearchDocument(iri, type, titleVi, titleEn, scientificName, names, texts, imageKey, summaryVi, summaryEn,
                vi, en, facets);
    }

    public SearchDocument {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(titleVi, "titleVi");
        titleEn = titleEn == null ? titleVi : titleEn;
        scientificName = scientificName == null ? "" : scientificName;
        names = List.copyOf(names);
        texts = texts.stream().filter(Objects::nonNull).toList();
        summaryEn = summaryEn == null || summaryEn.isBlank() ? summaryVi : summaryEn;
        bodyEn = bodyEn == null || bodyEn.isBlank() ? bodyVi : bodyEn;
        facets = facets == null ? List.of() : List.copyOf(facets);
    }
}
