package vn.laocai.museum.media.samples;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.laocai.museum.media.image.ExifSegment;

/**
 * Pictures made in code for tests and benchmarks, like the ones curators bring: camera JPEGs with
 * an EXIF orientation and a GPS position, PNGs with transparency. The stored pixels carry a red
 * square in their top-left corner, so a test can tell where the orientation turned it.
 *
 * <pre>{@code
 * byte[] photo = SamplePictures.cameraJpeg(4000, 3000, 6, 22.3364, 103.8438, 42);
 * }</pre>
 */
public final class SamplePictures {

    private SamplePictures() {}

    /**
     * A JPEG as a phone writes it: EXIF with make, orientation and GPS, leaves over a gradient and
     * sensor grain, so it is about as large as a camera's (some 4–5 MB at 12 megapixels).
     */
    public static byte[] cameraJpeg(int width, int height, int orientation, double latitude, double longitude, long seed) {
        BufferedImage picture = picture(width, height, false, seed);
        grain(picture, seed);
        byte[] plain = jpeg(picture, 0.9f);
        byte[] exif = ExifSegment.builder().make("Museum Test Camera").orientation(orientation).gps(latitude, longitude).build();
        return ExifSegment.insert(plain, exif);
    }

    /** A PNG with an alpha channel (a cut-out leaf on transparency). */
    public static byte[] transparentPng(int width, int height, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture(width, height, true, seed), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void grain(BufferedImage image, long seed) {
        int[] row = new int[image.getWidth()];
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int x = 0; x < row.length; x++) {
                int noise = random.nextInt(-14, 15);
                int r = Math.clamp(((row[x] >> 16) & 0xFF) + noise, 0, 255);
                int g = Math.clamp(((row[x] >> 8) & 0xFF) + noise, 0, 255);
                int b = Math.clamp((row[x] & 0xFF) + noise, 0, 255);
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, row.length, 1, row, 0, row.length);
        }
    }

    static BufferedImage picture(int width, int height, boolean alpha, long seed) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!alpha) {
                g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 40), width, height, new Color(170, 200, 120)));
                g.fillRect(0, 0, width, height);
            }
            SplittableRandom random = new SplittableRandom(seed);
            int leaves = 60 + (int) ((long) width * height / 200_000);
            for (int i = 0; i < leaves; i++) {
                g.setColor(new Color(random.nextInt(20, 120), random.nextInt(100, 220), random.nextInt(20, 90), alpha ? 200 : 255));
                int w = random.nextInt(Math.max(2, width / 40), Math.max(3, width / 6));
                int h = random.nextInt(Math.max(2, height / 40), Math.max(3, height / 6));
                g.fillOval(random.nextInt(width), random.nextInt(height), w, h);
            }
            g.setColor(Color.RED);
            g.fillRect(0, 0, Math.max(4, width / 10), Math.max(4, height / 10));
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
