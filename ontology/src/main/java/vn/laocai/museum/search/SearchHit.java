package vn.laocai.museum.search;

import java.util.List;
import java.util.Objects;

/**
 * One result: which resource, how it is shown, which of its names matched and how well.
 *
 * @param summaryVi the stored Vietnamese summary, for the snippet; null in an index built before summaries were stored
 * @param summaryEn the stored English summary (the Vietnamese one where the resource has none)
 * @param highlight  a passage of the resource's text in the request's language with the matched words in
 *                   {@code <mark>}, HTML-escaped otherwise; null where not asked for or the index holds no text
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
        String summaryEn,
        String highlight,
        List<String> badges) {

    /** Longest snippet, in characters, ellipsis included. */
    public static final int SNIPPET_LENGTH = 200;

    /** A badge: the species is on a legal protection list or a red list. */
    public static final String PROTECTED = "protected";
    /** A badge: a geographical indication names it. */
    public static final String GEOGRAPHICAL_INDICATION = "gi";
    /** A badge: a 3D scan of it is in the collection. */
    public static final String MODEL_3D = "3d";

    public SearchHit {
        Objects.requireNonNull(iri, "iri");
        badges = badges == null ? List.of() : List.copyOf(badges);
    }

    public SearchHit(String iri, String type, String titleVi, String titleEn, String scientificName, String matchedName,
            String matchedNameLanguage, String imageKey, float score) {
        this(iri, type, titleVi, titleEn, scientificName, matchedName, matchedNameLanguage, imageKey, score, null, null);
    }

    public SearchHit(String iri, String type, String titleVi, String titleEn, String scientificName, String matchedName,
            String matchedNameLanguage, String imageKey, float score, String summaryVi, String summaryEn) {
        this(iri, type, titleVi, titleEn, scientificName, matchedName, matchedNameLanguage, imageKey, score, summaryVi,
                summaryEn, null, List.of());
    }

    /** This hit with a highlighted passage. */
    public SearchHit withHighlight(String html) {
        return new SearchHit(iri, type, titleVi, titleEn, scientificName, matchedName, matchedNameLanguage, imageKey, score,
                summaryVi, summaryEn, html, badges);
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleVi;
    }

    /** The title in the language, or the Vietnamese one when the index holds no other: what a page shows. */
    public String displayTitle(String language) {
        String title = title(language);
        return title == null || title.isBlank() ? titleVi : title;
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
