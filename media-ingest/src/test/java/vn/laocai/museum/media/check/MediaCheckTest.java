package vn.laocai.museum.media.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.media.PlaceholderImage;
import vn.laocai.museum.media.samples.SampleModels;
import vn.laocai.museum.media.samples.SamplePictures;

/** Files are judged by their bytes, decoded all the way, and refused with a reason. */
class MediaCheckTest {

    private final MediaCheck check = new MediaCheck(MediaCheck.Limits.DEFAULT);
    private final GltfCheck.Siblings none = name -> {
        throw RejectionCode.SIBLING_UNREADABLE.reject(name, "no siblings");
    };

    @Test
    void the_type_comes_from_the_content() {
        assertThat(MediaCheck.sniff(PlaceholderImage.png("x", 8, 8))).isEqualTo("image/png");
        assertThat(MediaCheck.sniff(SamplePictures.cameraJpeg(64, 48, 1, 22.3, 103.8, 1))).isEqualTo("image/jpeg");
        assertThat(MediaCheck.sniff(SampleModels.glb(1, json -> {}))).isEqualTo("model/gltf-binary");
        assertThat(MediaCheck.sniff(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0})).isEqualTo("image/tiff");
        assertThatThrownBy(() -> MediaCheck.sniff("<html>hello</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MediaRejected.class).hasMessageContaining("unsupported file type");
    }

    @Test
    void a_camera_jpeg_is_decoded_and_its_orientation_read() {
        CheckedMedia media = check.check(SamplePictures.cameraJpeg(400, 300, 6, 22.3, 103.8, 1), none);
        assertThat(media).isInstanceOfSatisfying(CheckedMedia.Image.class, image -> {
            assertThat(image.orientation()).isEqualTo(6);
            assertThat(image.width()).isEqualTo(300);
            assertThat(image.height()).isEqualTo(400);
        });
    }

    @Test
    void a_png_keeps_its_alpha() {
        CheckedMedia media = check.check(SamplePictures.transparentPng(120, 80, 3), none);
        assertThat(media).isInstanceOfSatisfying(CheckedMedia.Image.class,
                image -> assertThat(image.pixels().getColorModel().hasAlpha()).isTrue());
    }

    @Test
    void a_truncated_jpeg_is_refused() {
        byte[] jpeg = SamplePictures.cameraJpeg(400, 300, 1, 22.3, 103.8, 2);
        assertThatThrownBy(() -> check.check(Arrays.copyOf(jpeg, jpeg.length / 2), none))
                .isInstanceOf(MediaRejected.class).hasMessageMatching("(?s).*(corrupt|truncated).*JPEG.*");
    }

    @Test
    void a_truncated_png_is_refused() {
        byte[] png = SamplePictures.transparentPng(300, 200, 4);
        assertThatThrownBy(() -> check.check(Arrays.copyOf(png, png.length / 2), none))
                .isInstanceOf(MediaRejected.class).hasMessageContaining("PNG");
    }

    @Test
    void files_over_the_limit_are_refused_before_decoding() {
        MediaCheck small = new MediaCheck(new MediaCheck.Limits(1000, 1_000_000));
        assertThatThrownBy(() -> small.check(SamplePictures.transparentPng(300, 200, 5), none))
                .isInstanceOf(MediaRejected.class).hasMessageContaining("too large").hasMessageContaining("limit of 0.0 MB");
        MediaCheck fewPixels = new MediaCheck(new MediaCheck.Limits(10_000_000, 1_000_000));
        assertThatThrownBy(() -> fewPixels.check(SamplePictures.cameraJpeg(1200, 1000, 1, 0, 0, 6), none))
                .hasMessageContaining("1200×1000 pixels exceeds the limit of 1 megapixels");
    }

    @Test
    void a_tiff_is_decoded_by_the_twelvemonkeys_plugin() throws Exception {
        java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream tiff = new java.io.ByteArrayOutputStream();
        assertThat(javax.imageio.ImageIO.write(scan, "tiff", tiff)).isTrue();
        CheckedMedia media = check.check(tiff.toByteArray(), none);
        assertThat(media.contentType()).isEqualTo("image/tiff");
        assertThat(((CheckedMedia.Image) media).width()).isEqualTo(640);
    }

    @Test
    void pictures_in_other_colour_spaces_are_converted_to_srgb() {
        java.awt.image.BufferedImage grey = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.image.BufferedImage linear = new java.awt.image.ColorConvertOp(
                java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB), null).createCompatibleDestImage(grey,
                new java.awt.image.ComponentColorModel(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB),
                        false, false, java.awt.Transparency.OPAQUE, java.awt.image.DataBuffer.TYPE_BYTE));
        for (java.awt.image.BufferedImage image : new java.awt.image.BufferedImage[] {grey, linear}) {
            assertThat(ImageCheck.toSrgb(image).getColorModel().getColorSpace().isCS_sRGB()).isTrue();
        }
    }

    @Test
    void a_jpeg_with_a_linear_rgb_icc_profile_comes_out_in_srgb() throws Exception {
        java.awt.image.BufferedImage grey = new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = grey.createGraphics();
        g.setColor(new java.awt.Color(64, 64, 64));
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(grey, "jpeg", plain);
        byte[] profile = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB).getData();
        java.nio.ByteBuffer app2 = java.nio.ByteBuffer.allocate(4 + 14 + profile.length);
        app2.put((byte) 0xFF).put((byte) 0xE2).putShort((short) (2 + 14 + profile.length))
                .put("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 1).put(profile);
        byte[] tagged = vn.laocai.museum.media.image.ExifSegment.insert(plain.toByteArray(), app2.array());

        CheckedMedia.Image image = (CheckedMedia.Image) check.check(tagged, none);

        assertThat(image.pixels().getColorModel().getColorSpace().isCS_sRGB()).isTrue();
        // Linear 64/255 is about 137/255 in sRGB: the profile was applied, not ignored.
        assertThat(image.pixels().getRGB(32, 32) & 0xFF).isBetween(125, 150);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> check.check(new byte[0], none)).hasMessageContaining("empty file");
    }
}
