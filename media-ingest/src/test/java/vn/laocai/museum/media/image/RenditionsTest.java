package vn.laocai.museum.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.media.check.CheckedMedia;
import vn.laocai.museum.media.check.MediaCheck;
import vn.laocai.museum.media.samples.SamplePictures;

/** Renditions: upright, at the three long edges, never enlarged, and free of every metadata. */
class RenditionsTest {

    private final MediaCheck check = new MediaCheck(MediaCheck.Limits.DEFAULT);
    private final Renditions renditions = new Renditions(Renditions.LONG_EDGES, 0.85f);

    @Test
    void a_rotated_camera_photo_gives_three_upright_sizes() throws Exception {
        // Stored 3000×2000 with orientation 6: shown 2000 wide, 3000 high; the red corner goes top-right.
        CheckedMedia.Image photo = image(SamplePictures.cameraJpeg(3000, 2000, 6, 22.3364, 103.8438, 7));
        List<Renditions.Rendition> sizes = renditions.render(photo);

        assertThat(sizes).extracting(Renditions.Rendition::longEdge).containsExactly(2560, 1280, 320);
        assertThat(sizes).extracting(r -> r.width() + "x" + r.height()).containsExactly("1707x2560", "853x1280", "213x320");
        for (Renditions.Rendition rendition : sizes) {
            BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(rendition.bytes()));
            assertThat(pixels.getWidth()).isEqualTo(rendition.width());
            assertThat(red(pixels.getRGB(pixels.getWidth() - 3, 2))).as("top-right is red").isTrue();
            assertThat(red(pixels.getRGB(2, 2))).as("top-left is not").isFalse();
            assertThat(rendition.contentType()).isEqualTo("image/jpeg");
        }
    }

    @Test
    void renditions_carry_no_exif_and_no_gps() throws Exception {
        byte[] photo = SamplePictures.cameraJpeg(1600, 1200, 3, 22.3364, 103.8438, 8);
        assertThat(directories(photo)).contains("GPS", "Exif IFD0");

        for (Renditions.Rendition rendition : renditions.render(image(photo))) {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(rendition.bytes()));
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
            assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
            assertThat(directories(rendition.bytes())).doesNotContain("XMP", "IPTC", "Exif SubIFD");
        }
    }

    @Test
    void small_pictures_are_not_enlarged() {
        assertThat(renditions.render(image(SamplePictures.cameraJpeg(300, 200, 1, 0, 0, 9)))).isEmpty();
        assertThat(renditions.render(image(SamplePictures.cameraJpeg(1000, 800, 1, 0, 0, 9))))
                .extracting(Renditions.Rendition::longEdge).containsExactly(320);
    }

    @Test
    void transparent_pictures_stay_png_with_alpha() throws Exception {
        List<Renditions.Rendition> sizes = renditions.render(image(SamplePictures.transparentPng(1500, 900, 10)));
        assertThat(sizes).extracting(Renditions.Rendition::longEdge).containsExactly(1280, 320);
        for (Renditions.Rendition rendition : sizes) {
            assertThat(rendition.contentType()).isEqualTo("image/png");
            assertThat(ImageIO.read(new ByteArrayInputStream(rendition.bytes())).getColorModel().hasAlpha()).isTrue();
        }
    }

    private CheckedMedia.Image image(byte[] bytes) {
        return (CheckedMedia.Image) check.check(bytes, name -> null);
    }

    static List<String> directories(byte[] bytes) throws Exception {
        List<String> names = new ArrayList<>();
        for (Directory directory : ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes)).getDirectories()) {
            names.add(directory.getName());
        }
        return names;
    }

    private static boolean red(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 200 && g < 60 && b < 60;
    }
}
