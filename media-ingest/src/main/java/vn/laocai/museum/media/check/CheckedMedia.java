package vn.laocai.museum.media.check;

import java.awt.image.BufferedImage;
import java.util.Objects;

/** A file that passed its check: what it is by content, and what was read from it on the way. */
public sealed interface CheckedMedia {

    /** The media type found from the content, e.g. {@code image/jpeg}, {@code model/gltf-binary}. */
    String contentType();

    /** The bytes to store: the file itself, or for a {@code .gltf} the same model with its buffers inlined. */
    byte[] bytes();

    /**
     * A decoded picture.
     *
     * @param pixels      decoded pixels in sRGB, not yet turned by the EXIF orientation
     * @param orientation the EXIF orientation (1–8; 1 when there is none)
     */
    record Image(String contentType, byte[] bytes, BufferedImage pixels, int orientation) implements CheckedMedia {
        public Image {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(pixels, "pixels");
        }

        /** Width as shown, after the orientation (5–8 turn the picture by a quarter). */
        public int width() {
            return orientation >= 5 ? pixels.getHeight() : pixels.getWidth();
        }

        public int height() {
            return orientation >= 5 ? pixels.getWidth() : pixels.getHeight();
        }
    }

    /** A glTF 2.0 model and its statistics. */
    record Model(String contentType, byte[] bytes, ModelStats stats) implements CheckedMedia {
        public Model {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(stats, "stats");
        }
    }
}
