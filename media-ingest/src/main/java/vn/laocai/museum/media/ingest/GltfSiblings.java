package vn.laocai.museum.media.ingest;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.laocai.museum.media.check.GltfCheck;
import vn.laocai.museum.media.check.MediaRejected;

/** A {@code .gltf}'s relative URIs, read from its own folder and never from above it or elsewhere. */
final class GltfSiblings {

    private GltfSiblings() {}

    static GltfCheck.Siblings of(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return uri -> {
            String decoded = URLDecoder.decode(uri, StandardCharsets.UTF_8);
            if (decoded.contains(":") || decoded.startsWith("/") || decoded.startsWith("\\")) {
                throw new MediaRejected("glTF refers to '" + uri + "', which is not a file beside it");
            }
            Path sibling = folder.resolve(decoded).normalize();
            if (!sibling.startsWith(folder)) {
                throw new MediaRejected("glTF refers to '" + uri + "', outside its folder");
            }
            try {
                return Files.readAllBytes(sibling);
            } catch (IOException e) {
                throw new MediaRejected("glTF refers to '" + uri + "', which cannot be read: " + e.getMessage());
            }
        };
    }
}
