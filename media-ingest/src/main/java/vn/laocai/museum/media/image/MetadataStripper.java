package vn.laocai.museum.media.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import vn.laocai.museum.media.check.RejectionCode;

/**
 * Removes metadata (EXIF with GPS, XMP, IPTC, comments, text chunks) from an original without
 * touching its pixels: JPEG, PNG and WebP are rewritten segment by segment, so the result is the
 * same picture, bit for bit, and the same input always gives the same bytes (so the same key).
 * Kept: what is needed to show the picture right — the JFIF header, the ICC colour profile, the
 * Adobe colour-transform marker, and the EXIF orientation (in a new segment that holds nothing
 * else). TIFF carries its metadata in the image's own directory and is re-encoded instead (see
 * {@link Renditions#losslessTiff}).
 */
public final class MetadataStripper {

    private MetadataStripper() {}

    /** The JPEG without its metadata segments; {@code orientation} other than 1 is kept. */
    public static byte[] jpeg(byte[] jpeg, int orientation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2);
        boolean orientationWritten = orientation == 1;
        int at = 2;
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                throw RejectionCode.JPEG_NO_MARKER.reject(at);
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (at + 2 + length > jpeg.length) {
                throw RejectionCode.JPEG_SEGMENT_PAST_END.reject(at);
            }
            boolean keep = switch (marker) {
                case 0xE0 -> startsWith(jpeg, at + 4, "JFIF\0");
                case 0xE2 -> startsWith(jpeg, at + 4, "ICC_PROFILE\0");
                case 0xEE -> startsWith(jpeg, at + 4, "Adobe");
                case 0xFE -> false;
                default -> marker < 0xE0 || marker > 0xEF;
            };
            if (!orientationWritten && marker != 0xE0) {
                out.writeBytes(ExifSegment.builder().orientation(orientation).build());
                orientationWritten = true;
            }
            if (marker == 0xDA) {
                out.write(jpeg, at, jpeg.length - at); // the scans and everything after them
                return out.toByteArray();
            }
            if (keep) {
                out.write(jpeg, at, 2 + length);
            }
            at += 2 + length;
        }
        throw RejectionCode.JPEG_NO_SCAN.reject();
    }

    /** The PNG without text, EXIF and time chunks. */
    public static byte[] png(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, 8);
        ByteBuffer in = ByteBuffer.wrap(png);
        int at = 8;
        while (at + 12 <= png.length) {
            int length = in.getInt(at);
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            int total = 12 + length;
            if (length < 0 || at + total > png.length) {
                throw RejectionCode.CHUNK_PAST_END.reject("PNG", type);
            }
            if (!(type.equals("tEXt") || type.equals("zTXt") || type.equals("iTXt") || type.equals("eXIf") || type.equals("tIME"))) {
                out.write(png, at, total);
            }
            at += total;
        }
        return out.toByteArray();
    }

    /** The WebP without its EXIF and XMP chunks (and their flags in the extended header). */
    public static byte[] webp(byte[] webp) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(webp.length);
        ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        int at = 12;
        while (at + 8 <= webp.length) {
            String type = new String(webp, at, 4, StandardCharsets.US_ASCII);
            int length = in.getInt(at + 4);
            int total = 8 + length + (length & 1);
            if (length < 0 || at + 8 + length > webp.length) {
                throw RejectionCode.CHUNK_PAST_END.reject("WebP", type);
            }
            total = Math.min(total, webp.length - at);
            if (type.equals("VP8X")) {
                byte[] header = java.util.Arrays.copyOfRange(webp, at, at + total);
                header[8] &= (byte) ~0x0C; // clear the EXIF and XMP flags
                body.writeBytes(header);
            } else if (!type.equals("EXIF") && !type.equals("XMP ")) {
                body.write(webp, at, total);
            }
            at += total;
        }
        byte[] chunks = body.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(webp, 0, 4).putInt(4 + chunks.length).put(webp, 8, 4).put(chunks);
        return out.array();
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
        if (at + expected.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
