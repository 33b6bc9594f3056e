package vn.laocai.museum.media;

import java.util.Map;

/** The media types the museum stores, and the file extension each gets in its object key. */
public final class MediaTypes {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/jpeg", "jpg",
            "image/png", "png",
            "image/tiff", "tif",
            "image/webp", "webp",
            "model/gltf-binary", "glb",
            "model/gltf+json", "gltf");

    private MediaTypes() {}

    /** The extension for a supported media type; anything else is refused. */
    public static String extension(String contentType) {
        String extension = EXTENSIONS.get(contentType);
        if (extension == null) {
            throw new IllegalArgumentException("Unsupported media type: " + contentType + "; supported: " + EXTENSIONS.keySet());
        }
        return extension;
    }
}
