package vn.laocai.museum.media;

import java.time.Instant;
import java.util.Objects;

/** One object as a bucket listing shows it. */
public record ListedObject(String key, long size, Instant lastModified) {

    public ListedObject {
        ObjectKeys.check(key);
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
