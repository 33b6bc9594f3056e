package vn.laocai.museum.media.ingest;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.laocai.museum.media.check.GltfCheck;
import vn.laocai.museum.media.check.RejectionCode;

/** A {@code .gltf}'s relative URIs, read from its own folder and never from above it or elsewhere. */
final class GltfSiblings {

    private GltfSiblings() {}

    static GltfCheck.Siblings of(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return uri -> {
            String decoded = URLDecoder.decode(uri, StandardCharsets.UTF_8);
            if (decoded.contains(":") || decoded.startsWith("/") || decoded.startsWith("\\")) {
                throw RejectionCode.SIBLING_NOT_BESIDE.reject(uri);
            }
            Path sibling = folder.resolve(decoded).normalize();
            if (!sibling.startsWith(folder)) {
                throw RejectionCode.SIBLING_OUTSIDE.reject(uri);
            }
            try {
                return Files.readAllBytes(sibling);
            } catch (IOException e) {
                throw RejectionCode.SIBLING_UNREADABLE.reject(uri, e.getMessage());
            }
        };
    }
}
