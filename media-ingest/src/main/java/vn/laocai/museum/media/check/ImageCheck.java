package vn.laocai.museum.media.check;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a picture fully — a file that only starts well is caught here, not on a kiosk — and
 * reads its EXIF orientation. JPEG, PNG and TIFF are read by ImageIO with the TwelveMonkeys
 * plugins (CMYK and ICC-profiled JPEG too); WebP where the plugin can decode it.
 *
 * <p>A CMYK JPEG is converted with its embedded profile; one without a profile (or with a broken
 * one) is read as photo tools read it: with a SWOP
 * (CGATS.001) press profile, the U.S. default of Photoshop and the one PDFBox ships for device
 * CMYK, so full cyan ink comes out as about (0, 174, 239). The plugin would otherwise take the
 * inks as plain complements of red, green and blue (full cyan as (0, 255, 255)), too bright and too
 * saturated. Samples in a file with an Adobe APP14 segment are stored inverted, as Adobe writes them.
 */
final class ImageCheck {

    /** SWOP-like press CMYK (CGATS.001), from PDFBox, which converts a PDF's device CMYK with it. */
    static final ICC_ColorSpace DEFAULT_CMYK = defaultCmyk();
    private static final byte[] ICC_SIGNATURE = "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ADOBE = "Adobe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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
            ImageTypeSpecifier raw = contentType.equals("image/jpeg") ? reader.getRawImageType(0) : null;
            BufferedImage image = raw != null && cmykWithoutProfile(raw.getColorModel().getColorSpace())
                    ? withCmykProfile(readRaw(reader, raw), cmykProfile(bytes), adobe(bytes))
                    : reader.read(0);
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

    /** CMYK that the plugin has no ICC profile for: none was embedded, or the embedded one could not be used. */
    private static boolean cmykWithoutProfile(ColorSpace space) {
        return space.getType() == ColorSpace.TYPE_CMYK && !(space instanceof ICC_ColorSpace);
    }

    /** The samples as stored (YCCK already turned into CMYK), with no colour conversion. */
    private static BufferedImage readRaw(ImageReader reader, ImageTypeSpecifier raw) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        param.setDestinationType(raw);
        return reader.read(0, param);
    }

    /** The same CMYK samples, now in {@code profile}, ink = 255 (inverted first if the file is Adobe's). */
    private static BufferedImage withCmykProfile(BufferedImage cmyk, ICC_ColorSpace profile, boolean inverted) {
        WritableRaster raster = cmyk.getRaster();
        if (raster.getNumBands() != 4) {
            return cmyk;
        }
        if (inverted) {
            int[] row = new int[raster.getWidth() * 4];
            for (int y = 0; y < raster.getHeight(); y++) {
                raster.getPixels(0, y, raster.getWidth(), 1, row);
                for (int i = 0; i < row.length; i++) {
                    row[i] = 255 - row[i];
                }
                raster.setPixels(0, y, raster.getWidth(), 1, row);
            }
        }
        ComponentColorModel model = new ComponentColorModel(profile, false, false, Transparency.OPAQUE,
                raster.getDataBuffer().getDataType());
        return new BufferedImage(model, raster, false, null);
    }

    /**
     * The CMYK profile embedded in the JPEG when it converts to sRGB, else {@link #DEFAULT_CMYK}. The
     * plugin also refuses a profile it could not convert back to (a CMYK profile with no sRGB-to-CMYK
     * table, as the compact ones are); reading only needs the other way.
     */
    static ICC_ColorSpace cmykProfile(byte[] jpeg) {
        byte[] embedded = embeddedProfile(jpeg);
        if (embedded != null) {
            try {
                ICC_Profile profile = ICC_Profile.getInstance(embedded);
                if (profile.getColorSpaceType() == ColorSpace.TYPE_CMYK) {
                    ICC_ColorSpace space = new ICC_ColorSpace(profile);
                    space.toRGB(new float[] {1, 0, 0, 0}); // throws when the profile cannot convert
                    return space;
                }
            } catch (RuntimeException e) {
                // a broken profile: the default one, as a photo tool would
            }
        }
        return DEFAULT_CMYK;
    }

    /** The ICC profile of APP2 ICC_PROFILE segments, its chunks in order; null when there is none or a chunk is missing. */
    private static byte[] embeddedProfile(byte[] jpeg) {
        java.util.SortedMap<Integer, byte[]> chunks = new java.util.TreeMap<>();
        int count = 0;
        for (Segment segment : headerSegments(jpeg)) {
            int start = segment.body() + ICC_SIGNATURE.length;
            if (segment.marker() == 0xE2 && segment.end() > start + 2 && segment.startsWith(jpeg, ICC_SIGNATURE)) {
                count = jpeg[start + 1] & 0xFF;
                chunks.put(jpeg[start] & 0xFF, java.util.Arrays.copyOfRange(jpeg, start + 2, segment.end()));
            }
        }
        if (chunks.isEmpty() || chunks.size() != count || chunks.firstKey() != 1 || chunks.lastKey() != count) {
            return null;
        }
        java.io.ByteArrayOutputStream profile = new java.io.ByteArrayOutputStream();
        chunks.values().forEach(profile::writeBytes);
        return profile.toByteArray();
    }

    /** Whether the JPEG has an Adobe APP14 segment before its first scan. */
    static boolean adobe(byte[] jpeg) {
        return headerSegments(jpeg).stream().anyMatch(segment -> segment.marker() == 0xEE && segment.startsWith(jpeg, ADOBE));
    }

    /** A marker segment of a JPEG's header: its marker, and where its body starts and ends in the file. */
    private record Segment(int marker, int body, int end) {
        boolean startsWith(byte[] jpeg, byte[] prefix) {
            return end - body >= prefix.length && java.util.Arrays.equals(jpeg, body, body + prefix.length, prefix, 0, prefix.length);
        }
    }

    /** The segments before the first scan, up to the first one that is malformed or runs past the end. */
    private static List<Segment> headerSegments(byte[] jpeg) {
        List<Segment> segments = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int end = at + 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
            if (marker == 0xDA || marker == 0xD9 || end > jpeg.length) {
                break;
            }
            segments.add(new Segment(marker, at + 4, end));
            at = end;
        }
        return segments;
    }

    /**
     * A CMYK picture without an embedded profile, or with one that cannot be used, is converted with
     * the default one and the plugin warns about it: the pixels are whole, so that warning does not
     * make the file corrupt.
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

    private static ICC_ColorSpace defaultCmyk() {
        String resource = "/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc";
        try (var in = ImageCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the default CMYK profile is missing from the class path: " + resource);
            }
            return new ICC_ColorSpace(ICC_Profile.getInstance(in));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
