package vn.laocai.museum.media.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.media.image.Renditions;
import vn.laocai.museum.media.samples.SampleEncodings;

/** CMYK JPEGs come out in sRGB as a photo tool shows them, with or without a profile of their own. */
class CmykJpegTest {

    private static final GltfCheck.Siblings NONE = name -> {
        throw new AssertionError("no siblings for a picture");
    };

    private final MediaCheck check = new MediaCheck(MediaCheck.Limits.DEFAULT);
    private final Renditions renditions = new Renditions(Renditions.LONG_EDGES, 0.9f);

    /**
     * Full cyan ink and no profile: read as a photo tool reads it, with a SWOP-like press profile
     * (about (0, 174, 239)), not as the plain complement of red (0, 255, 255), in the picture and in
     * its renditions.
     */
    @Test
    void a_cmyk_jpeg_without_a_profile_is_read_with_a_swop_like_press_profile() throws Exception {
        byte[] cyan = SampleEncodings.cmykJpeg(300, 200, 255, 0, 0, 0);
        assertThat(ImageCheck.adobe(cyan)).as("Adobe APP14, inverted samples").isTrue();

        CheckedMedia.Image print = image(cyan);
        assertThat(print.pixels().getColorModel().getColorSpace().isCS_sRGB()).isTrue();
        int pixel = print.pixels().getRGB(150, 100);
        int[] c = channels(pixel);
        assertThat(c[0]).as("red of %06x", pixel & 0xFFFFFF).isLessThan(20);
        assertThat(c[1]).as("green of %06x", pixel & 0xFFFFFF).isBetween(160, 185);
        assertThat(c[2]).as("blue of %06x", pixel & 0xFFFFFF).isBetween(228, 245);
        for (Renditions.Rendition rendition : renditions.render(print)) {
            BufferedImage pixels = decode(rendition.bytes());
            assertClose(pixels.getRGB(pixels.getWidth() / 2, pixels.getHeight() / 2), c[0], c[1], c[2], 6);
        }
        assertClose(image(SampleEncodings.cmykJpeg(64, 64, 0, 255, 0, 0)).pixels().getRGB(32, 32), 0xEC, 0x00, 0x8C, 8);
        assertClose(image(SampleEncodings.cmykJpeg(64, 64, 0, 0, 255, 0)).pixels().getRGB(32, 32), 0xFF, 0xF2, 0x00, 8);
        assertClose(image(SampleEncodings.cmykJpeg(64, 64, 0, 0, 0, 0)).pixels().getRGB(32, 32), 0xFF, 0xFF, 0xFF, 4);
    }

    /**
     * A profile in the file is the file's to give: a CMYK picture with one is converted with it, even
     * one the plugin refuses because it cannot convert back to CMYK (the compact profiles). The test
     * profile gives one colour, an olive, for any ink.
     */
    @Test
    void a_cmyk_jpeg_with_an_embedded_profile_is_converted_with_that_profile() {
        byte[] olive = oneColourProfile(0.20, 0.25, 0.05);
        ICC_ColorSpace embedded = new ICC_ColorSpace(ICC_Profile.getInstance(olive));
        float[] expected = embedded.toRGB(new float[] {1, 0, 0, 0});
        int red = Math.round(expected[0] * 255);
        int green = Math.round(expected[1] * 255);
        int blue = Math.round(expected[2] * 255);
        assertThat(red).as("the test profile's colour is far from cyan").isGreaterThan(60);

        byte[] cyan = SampleEncodings.cmykJpeg(64, 64, 255, 0, 0, 0, olive);
        assertClose(image(cyan).pixels().getRGB(32, 32), red, green, blue, 6);

        byte[] withDefault = SampleEncodings.cmykJpeg(64, 64, 255, 0, 0, 0, ImageCheck.DEFAULT_CMYK.getProfile().getData());
        assertClose(image(withDefault).pixels().getRGB(32, 32), 0, 174, 239, 8);
    }

    /** A CMYK JPEG whose profile is not a profile at all is read with the default one, and nothing breaks. */
    @Test
    void a_cmyk_jpeg_with_a_broken_profile_is_read_with_the_default_one() {
        byte[] cyan = SampleEncodings.cmykJpeg(64, 64, 255, 0, 0, 0, "not a profile".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertClose(image(cyan).pixels().getRGB(32, 32), 0, 174, 239, 8);
    }

    /**
     * The smallest ICC v2 output profile from CMYK to XYZ: a lut16 whose table gives the same XYZ
     * (D50, 0–1) at every corner, so any ink comes out as that one colour.
     */
    private static byte[] oneColourProfile(double x, double y, double z) {
        ByteBuffer wtpt = ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0)
                .putInt(s15(0.9642)).putInt(s15(1.0)).putInt(s15(0.8249));
        ByteBuffer cprt = ByteBuffer.allocate(16).put(ascii("text")).putInt(0).put(ascii("none")).put((byte) 0);
        String name = "one colour";
        ByteBuffer desc = ByteBuffer.allocate(12 + name.length() + 1 + 8 + 3 + 67).put(ascii("desc")).putInt(0)
                .putInt(name.length() + 1).put(ascii(name)).put((byte) 0);
        int corners = 16;
        ByteBuffer lut = ByteBuffer.allocate(52 + 4 * 2 * 2 + corners * 3 * 2 + 3 * 2 * 2).put(ascii("mft2")).putInt(0)
                .put((byte) 4).put((byte) 3).put((byte) 2).put((byte) 0);
        for (int i = 0; i < 9; i++) {
            lut.putInt(i % 4 == 0 ? s15(1.0) : 0);
        }
        lut.putShort((short) 2).putShort((short) 2);
        for (int i = 0; i < 4; i++) {
            lut.putShort((short) 0).putShort((short) 0xFFFF);
        }
        for (int i = 0; i < corners; i++) {
            for (double value : new double[] {x, y, z}) {
                lut.putShort((short) Math.round(value * 32768)); // XYZ in lut16: 0x8000 is 1.0
            }
        }
        for (int i = 0; i < 3; i++) {
            lut.putShort((short) 0).putShort((short) 0xFFFF);
        }
        byte[][] tags = {desc.array(), wtpt.array(), cprt.array(), lut.array()};
        String[] signatures = {"desc", "wtpt", "cprt", "A2B0"};
        int offset = 128 + 4 + 12 * tags.length;
        ByteBuffer table = ByteBuffer.allocate(4 + 12 * tags.length).putInt(tags.length);
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < tags.length; i++) {
            table.put(ascii(signatures[i])).putInt(offset + data.size()).putInt(tags[i].length);
            data.writeBytes(tags[i]);
            while (data.size() % 4 != 0) {
                data.write(0);
            }
        }
        int size = offset + data.size();
        ByteBuffer header = ByteBuffer.allocate(128).putInt(size).putInt(0).putInt(0x02100000)
                .put(ascii("prtr")).put(ascii("CMYK")).put(ascii("XYZ ")).put(new byte[12]).put(ascii("acsp"))
                .put(new byte[24]).putInt(0).putInt(s15(0.9642)).putInt(s15(1.0)).putInt(s15(0.8249));
        java.io.ByteArrayOutputStream profile = new java.io.ByteArrayOutputStream(size);
        profile.writeBytes(header.array());
        profile.writeBytes(table.array());
        profile.writeBytes(data.toByteArray());
        return profile.toByteArray();
    }

    private static int s15(double value) {
        return (int) Math.round(value * 65536);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private CheckedMedia.Image image(byte[] bytes) {
        return (CheckedMedia.Image) check.check(bytes, NONE);
    }

    private static BufferedImage decode(byte[] bytes) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static void assertClose(int rgb, int red, int green, int blue, int tolerance) {
        int[] c = channels(rgb);
        assertThat(c[0]).as("red of %06x", rgb & 0xFFFFFF).isCloseTo(red, Offset.offset(tolerance));
        assertThat(c[1]).as("green of %06x", rgb & 0xFFFFFF).isCloseTo(green, Offset.offset(tolerance));
        assertThat(c[2]).as("blue of %06x", rgb & 0xFFFFFF).isCloseTo(blue, Offset.offset(tolerance));
    }

    private static int[] channels(int rgb) {
        return new int[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
    }
}
