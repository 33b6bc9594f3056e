package vn.laocai.museum.media.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a JPEG APP1 EXIF segment by hand. The museum needs two: one that carries only the
 * orientation (kept on originals whose other metadata is stripped) and, for test and benchmark
 * pictures, one with a camera make and a GPS position like a phone writes.
 *
 * <pre>{@code
 * byte[] app1 = ExifSegment.builder().orientation(6).gps(22.3364, 103.8438).make("Canon").build();
 * byte[] jpeg = ExifSegment.insert(plainJpeg, app1);
 * }</pre>
 */
public final class ExifSegment {

    private static final int SHORT = 3;
    private static final int ASCII = 2;
    private static final int LONG = 4;
    private static final int RATIONAL = 5;
    private static final int BYTE = 1;

    private int orientation = 1;
    private String make;
    private double[] gps;

    private ExifSegment() {}

    public static ExifSegment builder() {
        return new ExifSegment();
    }

    public ExifSegment orientation(int value) {
        if (value < 1 || value > 8) {
            throw new IllegalArgumentException("EXIF orientation is 1–8, not " + value);
        }
        this.orientation = value;
        return this;
    }

    public ExifSegment make(String value) {
        this.make = value;
        return this;
    }

    public ExifSegment gps(double latitude, double longitude) {
        this.gps = new double[] {latitude, longitude};
        return this;
    }

    /** The whole APP1 segment, marker included. */
    public byte[] build() {
        List<Entry> ifd0 = new ArrayList<>();
        if (make != null) {
            ifd0.add(new Entry(0x010F, ASCII, ascii(make)));
        }
        ifd0.add(new Entry(0x0112, SHORT, shorts(orientation)));
        List<Entry> gpsIfd = new ArrayList<>();
        if (gps != null) {
            ifd0.add(new Entry(0x8825, LONG, new byte[4])); // offset patched below
            gpsIfd.add(new Entry(0x0000, BYTE, new byte[] {2, 3, 0, 0}));
            gpsIfd.add(new Entry(0x0001, ASCII, ascii(gps[0] >= 0 ? "N" : "S")));
            gpsIfd.add(new Entry(0x0002, RATIONAL, degrees(Math.abs(gps[0]))));
            gpsIfd.add(new Entry(0x0003, ASCII, ascii(gps[1] >= 0 ? "E" : "W")));
            gpsIfd.add(new Entry(0x0004, RATIONAL, degrees(Math.abs(gps[1]))));
        }
        int ifd0Offset = 8;
        int gpsOffset = ifd0Offset + size(ifd0);
        if (gps != null) {
            ifd0.set(ifd0.size() - 1, new Entry(0x8825, LONG, ByteBuffer.allocate(4).putInt(gpsOffset).array()));
        }
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        tiff.writeBytes(ifd(ifd0, ifd0Offset));
        if (gps != null) {
            tiff.writeBytes(ifd(gpsIfd, gpsOffset));
        }
        byte[] body = tiff.toByteArray();
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
        segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
        return segment.array();
    }

    /** The JPEG with {@code segment} placed right after its start-of-image marker (and JFIF header, if any). */
    public static byte[] insert(byte[] jpeg, byte[] segment) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + segment.length);
        out.write(jpeg, 0, at);
        out.writeBytes(segment);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private record Entry(int tag, int type, byte[] value) {
        int count() {
            return switch (type) {
                case SHORT -> value.length / 2;
                case LONG -> value.length / 4;
                case RATIONAL -> value.length / 8;
                default -> value.length;
            };
        }
    }

    private static int size(List<Entry> entries) {
        int size = 2 + entries.size() * 12 + 4;
        for (Entry entry : entries) {
            size += entry.value().length > 4 ? entry.value().length : 0;
        }
        return size;
    }

    private static byte[] ifd(List<Entry> entries, int offset) {
        ByteBuffer out = ByteBuffer.allocate(size(entries));
        out.putShort((short) entries.size());
        int data = offset + 2 + entries.size() * 12 + 4;
        List<byte[]> overflow = new ArrayList<>();
        for (Entry entry : entries) {
            out.putShort((short) entry.tag()).putShort((short) entry.type()).putInt(entry.count());
            if (entry.value().length > 4) {
                out.putInt(data);
                data += entry.value().length;
                overflow.add(entry.value());
            } else {
                out.put(java.util.Arrays.copyOf(entry.value(), 4));
            }
        }
        out.putInt(0);
        overflow.forEach(out::put);
        return out.array();
    }

    private static byte[] ascii(String text) {
        return (text + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] shorts(int value) {
        return ByteBuffer.allocate(2).putShort((short) value).array();
    }

    private static byte[] degrees(double value) {
        int whole = (int) value;
        double minutes = (value - whole) * 60;
        int wholeMinutes = (int) minutes;
        long seconds = Math.round((minutes - wholeMinutes) * 60 * 1000);
        return ByteBuffer.allocate(24).putInt(whole).putInt(1).putInt(wholeMinutes).putInt(1)
                .putInt((int) seconds).putInt(1000).array();
    }
}
