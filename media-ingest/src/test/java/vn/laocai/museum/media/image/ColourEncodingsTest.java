package vn.laocai.museum.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.media.check.CheckedMedia;
import vn.laocai.museum.media.check.GltfCheck;
import vn.laocai.museum.media.check.MediaCheck;
import vn.laocai.museum.media.check.MediaRejected;
import vn.laocai.museum.media.check.RejectionCode;
import vn.laocai.museum.media.samples.SampleEncodings;

/** WebP and CMYK JPEG: decoded by their content, rendered in sRGB with the colours they were made in. */
class ColourEncodingsTest {

    private static final GltfCheck.Siblings NONE = name -> {
        throw RejectionCode.SIBLING_UNREADABLE.reject(name, "no siblings");
    };

    private final MediaCheck check = new MediaCheck(MediaCheck.Limits.DEFAULT);
    private final Renditions renditions = new Renditions(Renditions.LONG_EDGES, 0.9f);

    @Test
    void a_lossless_webp_is_decoded_and_rendered_as_jpeg_in_its_colour() throws Exception {
        CheckedMedia.Image leaf = image(SampleEncodings.flatWebp(1600, 1000, 0xFF2E7D32));

        assertThat(leaf.contentType()).isEqualTo("image/webp");
        assertThat(leaf.width()).isEqualTo(1600);
        List<Renditions.Rendition> sizes = renditions.render(leaf);

        assertThat(sizes).extracting(r -> r.width() + "x" + r.height()).containsExactly("1280x800", "320x200");
        for (Renditions.Rendition rendition : sizes) {
            assertThat(rendition.contentType()).isEqualTo("image/jpeg");
            BufferedImage pixels = decode(rendition.bytes());
            assertThat(pixels.getColorModel().getColorSpace().isCS_sRGB()).isTrue();
            assertClose(pixels.getRGB(pixels.getWidth() / 2, pixels.getHeight() / 2), 0x2E, 0x7D, 0x32, 4);
        }
    }

    @Test
    void a_webp_with_transparency_keeps_it_in_png_renditions() throws Exception {
        CheckedMedia.Image cutOut = image(SampleEncodings.flatWebp(700, 500, 0x80C62828));

        Renditions.Rendition small = renditions.render(cutOut).getLast();

        assertThat(small.contentType()).isEqualTo("image/png");
        int pixel = decode(small.bytes()).getRGB(10, 10);
        assertThat(pixel >>> 24).isBetween(0x7E, 0x82);
        assertClose(pixel, 0xC6, 0x28, 0x28, 2);
    }

    @Test
    void a_cut_off_webp_is_refused_with_its_reason() {
        byte[] webp = SampleEncodings.flatWebp(64, 64, 0xFF2E7D32);
        assertThatThrownBy(() -> check.check(Arrays.copyOf(webp, 24), NONE))
                .isInstanceOf(MediaRejected.class).hasMessageContaining("WEBP");
    }

    @Test
    void a_cmyk_jpeg_from_print_software_comes_out_as_srgb_red() throws Exception {
        // Full magenta and yellow ink, no cyan, no black: a print red. Misread inverted, or taken
        // as YCbCr, it would come out cyan, blue or green.
        CheckedMedia.Image print = image(SampleEncodings.cmykJpeg(400, 300, 0, 255, 255, 0));

        assertThat(print.contentType()).isEqualTo("image/jpeg");
        assertThat(print.pixels().getColorModel().getColorSpace().isCS_sRGB()).isTrue();
        assertRed(print.pixels().getRGB(200, 150));
        for (Renditions.Rendition rendition : renditions.render(print)) {
            BufferedImage pixels = decode(rendition.bytes());
            assertThat(pixels.getColorModel().getColorSpace().isCS_sRGB()).isTrue();
            assertThat(pixels.getColorModel().getNumComponents()).isEqualTo(3);
            assertRed(pixels.getRGB(pixels.getWidth() / 2, pixels.getHeight() / 2));
        }
    }

    @Test
    void cmyk_black_ink_comes_out_dark_and_neutral() {
        int pixel = image(SampleEncodings.cmykJpeg(64, 64, 0, 0, 0, 255)).pixels().getRGB(32, 32);
        assertThat(Arrays.stream(channels(pixel)).max().orElseThrow()).isLessThan(60);
        assertThat(Math.abs(((pixel >> 16) & 0xFF) - (pixel & 0xFF))).isLessThan(12);
    }

    private CheckedMedia.Image image(byte[] bytes) {
        return (CheckedMedia.Image) check.check(bytes, NONE);
    }

    private static BufferedImage decode(byte[] bytes) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static void assertRed(int rgb) {
        int[] c = channels(rgb);
        assertThat(c[0]).as("red of %06x", rgb & 0xFFFFFF).isGreaterThan(200);
        assertThat(c[1]).as("green of %06x", rgb & 0xFFFFFF).isLessThan(70);
        assertThat(c[2]).as("blue of %06x", rgb & 0xFFFFFF).isLessThan(80);
    }

    private static void assertClose(int rgb, int red, int green, int blue, int tolerance) {
        int[] c = channels(rgb);
        assertThat(c[0]).as("red of %06x", rgb & 0xFFFFFF).isCloseTo(red, org.assertj.core.data.Offset.offset(tolerance));
        assertThat(c[1]).as("green of %06x", rgb & 0xFFFFFF).isCloseTo(green, org.assertj.core.data.Offset.offset(tolerance));
        assertThat(c[2]).as("blue of %06x", rgb & 0xFFFFFF).isCloseTo(blue, org.assertj.core.data.Offset.offset(tolerance));
    }

    private static int[] channels(int rgb) {
        return new int[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
    }
}
