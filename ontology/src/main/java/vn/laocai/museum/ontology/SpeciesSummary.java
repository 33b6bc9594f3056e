package vn.laocai.museum.ontology;

import java.util.Objects;
import java.util.Optional;

/** What a card or a list row shows of a species, in one language. */
public record SpeciesSummary(
        String iri,
        String slug,
        String title,
        String scientificName,
        String family,
        String summary,
        Integer strategicRank,
        String imageKey) {

    public SpeciesSummary {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(scientificName, "scientificName");
        title = title == null ? scientificName : title;
        family = family == null ? "" : family;
        summary = summary == null ? "" : summary;
    }

    public Optional<String> image() {
        return Optional.ofNullable(imageKey);
    }
}
