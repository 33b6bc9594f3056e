package vn.laocai.museum.app.curation.media;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * What uploaded media are attached to: a species, remedy or story, named as in the page address
 * ({@code species/panax-notoginseng}).
 */
public record UploadTarget(String kind, String slug) {

    /** The kinds media can be attached to, as they appear in addresses. */
    public static final List<String> KINDS = List.of("species", "remedy", "story");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,120}");

    public UploadTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slug, "slug");
        if (!KINDS.contains(kind) || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("Not a media target: " + kind + "/" + slug);
        }
    }

    /** The target the address names, or empty when it names none. */
    public static Optional<UploadTarget> parse(String kind, String slug) {
        if (kind == null || slug == null || !KINDS.contains(kind) || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return Optional.of(new UploadTarget(kind, slug));
    }

    public String iri() {
        return kind.equals("species") ? MuseumVocab.speciesIri(slug) : MuseumVocab.resourceIri(kind, slug);
    }

    /** {@code species/panax-notoginseng}: the ingest's short form, and the tail of the page address. */
    public String path() {
        return kind + "/" + slug;
    }
}
