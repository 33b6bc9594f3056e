package vn.laocai.museum.media;

import java.util.Objects;

/** An object in the media store: its key, checksum, size and type. */
public record StoredObject(String key, String sha256, long size, String contentType) {

    public StoredObject {
        ObjectKeys.check(key);
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(contentType, "contentType");
    }

    /** A strong HTTP ETag: the content hash itself. */
    public String etag() {
        return "\"" + sha256 + "\"";
    }
}
