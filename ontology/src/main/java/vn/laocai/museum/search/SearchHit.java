package vn.laocai.museum.search;

import java.util.Objects;

/**
 * One result: which resource, how it is shown, which of its names matched and how well.
 *
 * @param summaryVi the stored Vietnamese summary, for the snippet; null in an index built before summaries were stored
 * @param summaryEn the stored English summary (the Vietnamese one where the resource has none)
 */
public record SearchHit(
        String iri,
        String type,
        String titleVi,
        String titleEn,
        String scientificName,
        String matchedName,
        String matchedNameLanguage,
        String imageKey,
        float score,
        String summaryVi,
        String summaryEn) {

    /** Longest snippet, in characters, ellipsis included. */
    public static final int SNIPPET_LENGTH = 200;

    public SearchHit {
        Objects.requireNonNull(iri, "iri");
    }

    public SearchHit(String iri, String type, String titleVi, String titleEn, String scientificName, String matchedName,
            String matchedNameLanguage, String imageKey, float score) {
        this(iri, type, titleVi, titleEn, scientificName, matchedName, matchedNameLanguage, imageKey, score, null, null);
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleVi;
    }

    /** The summary in the language, or null when the index holds none. */
    public String summary(String language) {
        return "en".equals(language) ? summaryEn : summaryVi;
    }

    /**
     * The start of the summary in the language, on one line and at most {@link #SNIPPET_LENGTH}
     * characters, cut at a word boundary with an ellipsis; null when there is no summary.
     */
    public String snippet(String language) {
        return Snippets.shorten(summary(language), SNIPPET_LENGTH);
    }
}
