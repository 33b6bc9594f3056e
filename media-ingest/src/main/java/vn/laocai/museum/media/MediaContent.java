package vn.laocai.museum.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** An open stream of a stored object's bytes; close it when done. */
public record MediaContent(StoredObject object, InputStream stream) implements AutoCloseable {

    public MediaContent {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(stream, "stream");
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
