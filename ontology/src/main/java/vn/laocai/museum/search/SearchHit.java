package vn.laocai.museum.search;

import java.util.Objects;

/** One result: which resource, how it is shown, which of its names matched and how well. */
public record SearchHit(
        String iri,
        String type,
        String titleVi,
        String titleEn,
        String scientificName,
        String matchedName,
        String matchedNameLanguage,
        String imageKey,
        float score) {

    public SearchHit {
        Objects.requireNonNull(iri, "iri");
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleVi;
    }
}
