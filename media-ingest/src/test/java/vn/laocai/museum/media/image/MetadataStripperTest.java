package vn.laocai.museum.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.media.samples.SamplePictures;

/** Originals of protected species lose GPS and camera data but not a single pixel. */
class MetadataStripperTest {

    @Test
    void a_jpeg_loses_gps_and_make_keeps_orientation_and_pixels() throws Exception {
        byte[] photo = SamplePictures.cameraJpeg(800, 600, 6, 22.3364, 103.8438, 11);
        byte[] stripped = MetadataStripper.jpeg(photo, 6);

        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stripped));
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(exif.getInt(ExifDirectoryBase.TAG_ORIENTATION)).isEqualTo(6);
        assertThat(exif.getTags()).hasSize(1);
        assertThat(samePixels(photo, stripped)).isTrue();
        assertThat(MetadataStripper.jpeg(photo, 6)).as("same input, same bytes").isEqualTo(stripped);
    }

    @Test
    void an_upright_jpeg_keeps_no_exif_at_all() throws Exception {
        byte[] stripped = MetadataStripper.jpeg(SamplePictures.cameraJpeg(200, 100, 1, 22.3, 103.8, 12), 1);
        assertThat(RenditionsTest.directories(stripped)).doesNotContain("Exif IFD0", "GPS");
    }

    @Test
    void a_png_loses_its_text_chunks() throws Exception {
        byte[] png = withTextChunk(SamplePictures.transparentPng(100, 80, 13), "Comment", "GPS 22.33N 103.84E");
        assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains("GPS 22.33N");
        byte[] stripped = MetadataStripper.png(png);
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("GPS 22.33N").doesNotContain("tEXt");
        assertThat(samePixels(png, stripped)).isTrue();
    }

    private static boolean samePixels(byte[] a, byte[] b) throws Exception {
        BufferedImage x = ImageIO.read(new ByteArrayInputStream(a));
        BufferedImage y = ImageIO.read(new ByteArrayInputStream(b));
        if (x.getWidth() != y.getWidth() || x.getHeight() != y.getHeight()) {
            return false;
        }
        for (int row = 0; row < x.getHeight(); row++) {
            for (int column = 0; column < x.getWidth(); column++) {
                if (x.getRGB(column, row) != y.getRGB(column, row)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static byte[] withTextChunk(byte[] png, String key, String value) {
        byte[] data = (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
        byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature and IHDR
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(type);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }
}
