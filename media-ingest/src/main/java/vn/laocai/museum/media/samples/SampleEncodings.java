package vn.laocai.museum.media.samples;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.laocai.museum.media.image.ExifSegment;

/**
 * Flat-colour pictures in the encodings the JDK cannot write but curators bring: a lossless WebP
 * (what phones and web exports save) and a CMYK JPEG as print software writes it (Adobe marker,
 * inverted ink values). One colour everywhere, so a test can check a decoded pixel.
 *
 * <pre>{@code
 * byte[] leaf = SampleEncodings.flatWebp(300, 200, 0xFF2E7D32);
 * byte[] print = SampleEncodings.cmykJpeg(64, 64, 0, 255, 255, 0); // red ink
 * }</pre>
 */
public final class SampleEncodings {

    private SampleEncodings() {}

    /**
     * A lossless WebP (VP8L) of one ARGB colour. Every prefix code is a "simple" code of one symbol,
     * which the format codes in zero bits, so the pixels take no space at all.
     */
    public static byte[] flatWebp(int width, int height, int argb) {
        if (width < 1 || height < 1 || width > 16384 || height > 16384) {
            throw new IllegalArgumentException("WebP sides are 1 to 16384 pixels: " + width + "×" + height);
        }
        LsbBits bits = new LsbBits();
        bits.put(0x2F, 8); // VP8L signature
        bits.put(width - 1, 14);
        bits.put(height - 1, 14);
        bits.put(argb >>> 24 == 0xFF ? 0 : 1, 1); // alpha used
        bits.put(0, 3); // version
        bits.put(0, 1); // no transform
        bits.put(0, 1); // no colour cache
        bits.put(0, 1); // no meta prefix codes
        for (int symbol : new int[] {(argb >> 8) & 0xFF, (argb >> 16) & 0xFF, argb & 0xFF, argb >>> 24, 0}) {
            bits.put(1, 1); // simple code
            bits.put(0, 1); // one symbol
            bits.put(1, 1); // of eight bits
            bits.put(symbol, 8);
        }
        // Decoders read ahead by whole words: a few zero bytes after the stream are customary.
        byte[] packed = bits.bytes();
        byte[] stream = Arrays.copyOf(packed, packed.length + 8);
        ByteBuffer riff = ByteBuffer.allocate(20 + stream.length).order(ByteOrder.LITTLE_ENDIAN);
        riff.put(ascii("RIFF")).putInt(12 + stream.length).put(ascii("WEBP"))
                .put(ascii("VP8L")).putInt(stream.length).put(stream);
        return riff.array();
    }

    /**
     * A CMYK JPEG of one ink mix (each 0–255, 255 = full ink), stored as Photoshop stores it: an
     * Adobe APP14 segment (transform 0, no YCCK) and inverted samples.
     */
    public static byte[] cmykJpeg(int width, int height, int cyan, int magenta, int yellow, int black) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        int[] inverted = {255 - cyan, 255 - magenta, 255 - yellow, 255 - black};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, inverted);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        return ExifSegment.insert(bytes.toByteArray(), adobe);
    }

    /** The same CMYK JPEG with {@code iccProfile} embedded (one APP2 ICC_PROFILE segment, so under 64 KB). */
    public static byte[] cmykJpeg(int width, int height, int cyan, int magenta, int yellow, int black, byte[] iccProfile) {
        byte[] head = ascii("ICC_PROFILE\0");
        int length = 2 + head.length + 2 + iccProfile.length;
        if (length > 0xFFFF) {
            throw new IllegalArgumentException("a profile of " + iccProfile.length + " bytes needs more than one segment");
        }
        ByteArrayOutputStream segment = new ByteArrayOutputStream(length + 2);
        segment.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (length >> 8), (byte) length});
        segment.writeBytes(head);
        segment.writeBytes(new byte[] {1, 1}); // chunk 1 of 1
        segment.writeBytes(iccProfile);
        return ExifSegment.insert(cmykJpeg(width, height, cyan, magenta, yellow, black), segment.toByteArray());
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Bits packed least significant first, as VP8L reads them. */
    private static final class LsbBits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long pending;
        private int count;

        void put(long value, int width) {
            pending |= (value & ((1L << width) - 1)) << count;
            count += width;
            while (count >= 8) {
                out.write((int) (pending & 0xFF));
                pending >>>= 8;
                count -= 8;
            }
        }

        byte[] bytes() {
            byte[] whole = out.toByteArray();
            return count == 0 ? whole : appendPending(whole);
        }

        private byte[] appendPending(byte[] whole) {
            byte[] withTail = Arrays.copyOf(whole, whole.length + 1);
            withTail[whole.length] = (byte) (pending & 0xFF);
            return withTail;
        }
    }
}
