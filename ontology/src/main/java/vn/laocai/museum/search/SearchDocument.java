package vn.laocai.museum.search;

import java.util.List;
import java.util.Objects;

/** One resource as the search index sees it. */
public record SearchDocument(
        String iri,
        String type,
        String titleVi,
        String titleEn,
        String scientificName,
        List<Name> names,
        List<String> texts,
        String imageKey) {

    /** A name and its BCP 47 language tag. */
    public record Name(String form, String language) {
        public Name {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(language, "language");
        }
    }

    public SearchDocument {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(titleVi, "titleVi");
        titleEn = titleEn == null ? titleVi : titleEn;
        scientificName = scientificName == null ? "" : scientificName;
        names = List.copyOf(names);
        texts = List.copyOf(texts);
    }
}
