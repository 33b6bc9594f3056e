package vn.laocai.museum.media.check;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a picture fully — a file that only starts well is caught here, not on a kiosk — and
 * reads its EXIF orientation. JPEG, PNG and TIFF are read by ImageIO with the TwelveMonkeys
 * plugins (CMYK and ICC-profiled JPEG too); WebP where the plugin can decode it.
 */
final class ImageCheck {

    private final long maxPixels;

    ImageCheck(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    CheckedMedia.Image check(byte[] bytes, String contentType) {
        BufferedImage pixels = decode(bytes, contentType);
        if (contentType.equals("image/jpeg") && !endsWithMarker(bytes, 0xFF, 0xD9)) {
            throw RejectionCode.JPEG_TRUNCATED.reject();
        }
        return new CheckedMedia.Image(contentType, bytes, toSrgb(pixels), orientation(bytes));
    }

    private BufferedImage decode(byte[] bytes, String contentType) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(contentType);
        if (!readers.hasNext()) {
            throw RejectionCode.NO_DECODER.reject(contentType);
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, false);
            reader.addIIOReadWarningListener((source, warning) -> {
                if (!aboutColourProfile(warning)) {
                    warnings.add(warning);
                }
            });
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > maxPixels) {
                throw RejectionCode.TOO_MANY_PIXELS.reject(reader.getWidth(0), reader.getHeight(0), maxPixels / 1_000_000);
            }
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                // The JDK's JPEG decoder fills a cut-off scan with grey and only warns.
                throw RejectionCode.IMAGE_CORRUPT.reject(shortName(contentType), warnings.getFirst());
            }
            return image;
        } catch (MediaRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new MediaRejected(RejectionCode.IMAGE_UNREADABLE.with(shortName(contentType), e.getMessage()), e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * A CMYK picture without an embedded profile is converted with a generic one and the plugin
     * warns about it: the pixels are whole, so that warning does not make the file corrupt.
     */
    private static boolean aboutColourProfile(String warning) {
        String text = warning == null ? "" : warning.toLowerCase(java.util.Locale.ROOT);
        return text.contains("icc") || text.contains("color profile") || text.contains("colour profile");
    }

    /** Pixels in sRGB, so derivatives look the same in every browser (CMYK and ICC-profiled files convert). */
    static BufferedImage toSrgb(BufferedImage image) {
        if (image.getColorModel().getColorSpace().isCS_sRGB()) {
            return image;
        }
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage srgb = new BufferedImage(image.getWidth(), image.getHeight(), type);
        new ColorConvertOp(image.getColorModel().getColorSpace(), ColorSpace.getInstance(ColorSpace.CS_sRGB), null)
                .filter(image, srgb);
        return srgb;
    }

    private static int orientation(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifDirectoryBase.TAG_ORIENTATION)) {
                int value = exif.getInt(ExifDirectoryBase.TAG_ORIENTATION);
                return value >= 1 && value <= 8 ? value : 1;
            }
            return 1;
        } catch (ImageProcessingException | IOException | com.drew.metadata.MetadataException | RuntimeException e) {
            return 1; // unreadable metadata does not make the pixels wrong; they are shown as stored
        }
    }

    private static boolean endsWithMarker(byte[] bytes, int first, int second) {
        int end = bytes.length;
        while (end > 2 && bytes[end - 1] == 0) {
            end--; // some cameras pad after the marker
        }
        for (int i = end - 2; i >= Math.max(0, end - 64); i--) {
            if ((bytes[i] & 0xFF) == first && (bytes[i + 1] & 0xFF) == second) {
                return true;
            }
        }
        return false;
    }

    private static String shortName(String contentType) {
        return contentType.substring(contentType.indexOf('/') + 1).toUpperCase(java.util.Locale.ROOT);
    }
}
