package vn.laocai.museum.media;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.laocai.museum.ontology.ComponentHealth;

/**
 * The museum's media (images, 3D scans), stored by content hash in an S3 bucket.
 *
 * <pre>{@code
 * StoredObject photo = store.put(bytes, "image/jpeg");   // same bytes, same key: stored once
 * try (MediaContent content = store.get(photo.key()).orElseThrow()) { content.stream().transferTo(out); }
 * }</pre>
 */
public interface MediaStore extends AutoCloseable {

    /** Stores the bytes under their content key, unless an object with that key is already there. */
    StoredObject put(byte[] content, String contentType);

    /** The object's metadata, or empty if there is no such object. */
    Optional<StoredObject> stat(String key);

    /** The object's bytes, or empty if there is no such object. */
    Optional<MediaContent> get(String key);

    /**
     * {@code length} bytes of the object from {@code offset} (an HTTP {@code Range}), or empty if
     * there is no such object; the returned object's size is that of the whole object.
     */
    Optional<MediaContent> get(String key, long offset, long length);

    /** Every object under the content-key prefix ({@code sha256/}), with its size and last change. */
    List<ListedObject> list();

    /** Removes the object; nothing happens if it is not there. Only the orphan sweep calls this. */
    void delete(String key);

    /** A time-limited URL that fetches the object straight from the store. */
    String presignedGetUrl(String key, Duration validFor);

    ComponentHealth health();

    @Override
    void close();
}
