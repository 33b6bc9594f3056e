package vn.laocai.museum.ontology;

import java.util.Objects;

/**
 * One picture of a species as a page shows it: the object keys of the picture for the page, its
 * thumbnail and its largest rendition (the same key when the ingest made no renditions), the caption
 * in the page's language, and credits. {@code placeholder} marks a generated stand-in.
 */
public record SpeciesImage(String key, String thumbnailKey, String largeKey, String caption, String creator, String licence,
        boolean placeholder) {

    public SpeciesImage {
        Objects.requireNonNull(key, "key");
        thumbnailKey = thumbnailKey == null ? key : thumbnailKey;
        largeKey = largeKey == null ? key : largeKey;
    }
}
