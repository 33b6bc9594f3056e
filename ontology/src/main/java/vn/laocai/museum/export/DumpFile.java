package vn.laocai.museum.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One generated dump file.
 *
 * @param name      file name, also its download name ({@code museum-public.ttl.gz})
 * @param path      where it lies under the dumps directory
 * @param mediaType media type of the RDF inside the gzip ({@code text/turtle}, {@code application/n-quads})
 * @param byteSize  size of the gzipped file
 * @param sha256    hex SHA-256 of the gzipped file, the base of its ETag
 */
public record DumpFile(String name, Path path, String mediaType, long byteSize, String sha256) {

    public DumpFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (byteSize < 0) {
            throw new IllegalArgumentException("byteSize must not be negative: " + byteSize);
        }
    }

    /** A strong ETag: the content's hash, so equal files have equal tags across restarts. */
    public String etag() {
        return "\"" + sha256.substring(0, 32) + "\"";
    }
}
