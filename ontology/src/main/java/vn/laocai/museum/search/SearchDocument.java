package vn.laocai.museum.search;

import java.util.List;
import java.util.Objects;

/**
 * One resource as the search index sees it.
 *
 * @param summaryVi the short summary in Vietnamese, stored to show as a result's snippet; may be null
 * @param summaryEn the same in English; falls back to the Vietnamese one
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
        String summaryEn) {

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

    public SearchDocument {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(titleVi, "titleVi");
        titleEn = titleEn == null ? titleVi : titleEn;
        scientificName = scientificName == null ? "" : scientificName;
        names = List.copyOf(names);
        texts = texts.stream().filter(Objects::nonNull).toList();
        summaryEn = summaryEn == null || summaryEn.isBlank() ? summaryVi : summaryEn;
    }
}
