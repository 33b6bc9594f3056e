package vn.laocai.museum.media.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import vn.laocai.museum.media.check.CheckedMedia;

/**
 * The smaller pictures pages and kiosks load instead of an original: turned upright by the EXIF
 * orientation, scaled to a long edge of 320, 1280 and 2560 pixels (never up), and encoded afresh
 * through ImageIO with no metadata at all — so no GPS position or camera serial reaches a visitor.
 * Opaque pictures become JPEG, pictures with transparency PNG. Thread-safe.
 *
 * <pre>{@code
 * List<Rendition> sizes = new Renditions(Renditions.LONG_EDGES, 0.85f).render(checkedImage);
 * }</pre>
 */
public final class Renditions {

    /** Long edges in pixels: card thumbnails, page and kiosk pictures, zoom on large screens. */
    public static final List<Integer> LONG_EDGES = List.of(320, 1280, 2560);

    /** One derived picture. */
    public record Rendition(int longEdge, int width, int height, String contentType, byte[] bytes) {
        public Rendition {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    private final List<Integer> longEdges;
    private final float jpegQuality;

    public Renditions(List<Integer> longEdges, float jpegQuality) {
        this.longEdges = longEdges.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        this.jpegQuality = jpegQuality;
    }

    /** The renditions smaller than the picture, largest first. */
    public List<Rendition> render(CheckedMedia.Image image) {
        // Scale the stored pixels, then turn each (much smaller) rendition: the same result as
        // turning first, for a fraction of the work on a 12-megapixel photograph.
        BufferedImage source = image.pixels();
        boolean alpha = source.getColorModel().hasAlpha();
        boolean quarterTurn = image.orientation() >= 5;
        int width = source.getWidth();
        int height = source.getHeight();
        int longest = Math.max(width, height);
        List<Rendition> renditions = new ArrayList<>();
        for (int edge : longEdges) {
            if (longest <= edge) {
                continue;
            }
            // Each size is scaled from the next larger one (far less work, no visible difference),
            // to dimensions taken from the original so rounding does not add up.
            int w = Math.max(1, (int) Math.round((double) width * edge / longest));
            int h = Math.max(1, (int) Math.round((double) height * edge / longest));
            source = scale(source, w, h, alpha);
            BufferedImage upright = upright(source, image.orientation());
            renditions.add(new Rendition(edge, quarterTurn ? h : w, quarterTurn ? w : h, alpha ? "image/png" : "image/jpeg",
                    alpha ? png(upright) : jpeg(upright, jpegQuality)));
        }
        return renditions;
    }

    /** The pixels turned as the EXIF orientation says. */
    public static BufferedImage upright(BufferedImage pixels, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return pixels;
        }
        return ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)).apply(pixels);
    }

    /** A TIFF re-encoded losslessly from upright pixels: the same picture with none of the original's tags. */
    public static byte[] losslessTiff(CheckedMedia.Image image) {
        return encode(upright(image.pixels(), image.orientation()), "tiff", null);
    }

    private static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
        try {
            return Thumbnails.of(source)
                    .size(width, height)
                    .keepAspectRatio(false)
                    .imageType(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        return encode(image, "jpeg", param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
        });
    }

    static byte[] png(BufferedImage image) {
        return encode(image, "png", null);
    }

    private static byte[] encode(BufferedImage image, String format, java.util.function.Consumer<ImageWriteParam> settings) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (settings != null) {
                settings.accept(param);
            }
            // No metadata object: the writer emits only what the format needs to decode the pixels.
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
