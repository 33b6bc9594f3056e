package vn.laocai.museum.app.curation.media;

import java.util.Objects;

/**
 * One media resource a target links to, as the upload page lists it.
 *
 * @param thumbnailKey object key of its smallest derived picture, or null (a picture smaller than every rendition)
 * @param title        its Vietnamese caption, or null
 */
public record TargetMedia(String iri, String key, String format, String title, String creator, String thumbnailKey,
                          boolean placeholder) {

    public TargetMedia {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(format, "format");
    }

    public boolean model() {
        return format.startsWith("model/");
    }
}
