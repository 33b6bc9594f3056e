package vn.laocai.museum.media.model;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Draws a poster of a glTF model: the still picture a page shows before (or instead of) the 3D
 * viewer, so a kiosk need not load a model to show what it is. The model is seen from a
 * three-quarter angle above, fitted to the frame, flat-shaded by one light and drawn back to front.
 *
 * <pre>{@code
 * byte[] png = ModelPoster.png(glbBytes, 800, 800);
 * }</pre>
 */
public final class ModelPoster {

    private static final double YAW = Math.toRadians(35);
    private static final double PITCH = Math.toRadians(20);
    private static final double[] LIGHT = normalise(-0.4, 0.7, 0.6);

    private ModelPoster() {}

    /** A PNG of {@code width × height} pixels; the model must have passed the glTF check. */
    public static byte[] png(byte[] model, int width, int height) {
        BufferedImage image = render(GltfGeometry.read(model), width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage render(GltfGeometry geometry, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xF6F3EC), 0, height, new Color(0xDCD6C8)));
        g.fillRect(0, 0, width, height);
        Projected view = Projected.of(geometry, width, height);
        Integer[] order = new Integer[view.depth.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Float.compare(view.depth[a], view.depth[b])); // farthest first
        int[] xs = new int[3];
        int[] ys = new int[3];
        for (int triangle : order) {
            for (int corner = 0; corner < 3; corner++) {
                xs[corner] = Math.round(view.x[3 * triangle + corner]);
                ys[corner] = Math.round(view.y[3 * triangle + corner]);
            }
            g.setColor(view.shade[triangle]);
            g.fillPolygon(xs, ys, 3);
            g.drawPolygon(xs, ys, 3); // closes hairline gaps between neighbours
        }
        g.dispose();
        return image;
    }

    /** Every triangle turned, fitted to the frame and lit: screen corners, depth and colour. */
    private record Projected(float[] x, float[] y, float[] depth, Color[] shade) {

        static Projected of(GltfGeometry geometry, int width, int height) {
            double[] box = bounds(geometry);
            double cx = (box[0] + box[3]) / 2, cy = (box[1] + box[4]) / 2, cz = (box[2] + box[5]) / 2;
            double extent = Math.max(1e-9, Math.sqrt(sq(box[3] - box[0]) + sq(box[4] - box[1]) + sq(box[5] - box[2])));
            double scale = 0.92 * Math.min(width, height) / extent;
            int triangles = geometry.triangleCount();
            float[] x = new float[3 * triangles];
            float[] y = new float[3 * triangles];
            float[] depth = new float[triangles];
            Color[] shade = new Color[triangles];
            int t = 0;
            double[][] v = new double[3][];
            for (GltfGeometry.Primitive primitive : geometry.primitives()) {
                float[] p = primitive.positions();
                int[] corners = primitive.corners();
                for (int i = 0; i + 2 < corners.length; i += 3, t++) {
                    for (int c = 0; c < 3; c++) {
                        int k = 3 * corners[i + c];
                        v[c] = turn(p[k] - cx, p[k + 1] - cy, p[k + 2] - cz);
                        x[3 * t + c] = (float) (width / 2.0 + scale * v[c][0]);
                        y[3 * t + c] = (float) (height / 2.0 - scale * v[c][1]);
                    }
                    depth[t] = (float) -(v[0][2] + v[1][2] + v[2][2]);
                    shade[t] = lit(primitive.colour(), v);
                }
            }
            return new Projected(x, y, depth, shade);
        }

        private static double[] bounds(GltfGeometry geometry) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (GltfGeometry.Primitive primitive : geometry.primitives()) {
                float[] p = primitive.positions();
                for (int i = 0; i + 2 < p.length; i += 3) {
                    for (int axis = 0; axis < 3; axis++) {
                        box[axis] = Math.min(box[axis], p[i + axis]);
                        box[axis + 3] = Math.max(box[axis + 3], p[i + axis]);
                    }
                }
            }
            return box[0] > box[3] ? new double[6] : box;
        }

        private static double[] turn(double x, double y, double z) {
            double x1 = x * Math.cos(YAW) + z * Math.sin(YAW);
            double z1 = -x * Math.sin(YAW) + z * Math.cos(YAW);
            double y2 = y * Math.cos(PITCH) - z1 * Math.sin(PITCH);
            double z2 = y * Math.sin(PITCH) + z1 * Math.cos(PITCH);
            return new double[] {x1, y2, z2};
        }

        private static Color lit(float[] colour, double[][] v) {
            double ax = v[1][0] - v[0][0], ay = v[1][1] - v[0][1], az = v[1][2] - v[0][2];
            double bx = v[2][0] - v[0][0], by = v[2][1] - v[0][1], bz = v[2][2] - v[0][2];
            double[] normal = normalise(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx);
            // Both faces are lit alike: the winding of a scanned mesh cannot be trusted.
            double light = 0.35 + 0.65 * Math.abs(normal[0] * LIGHT[0] + normal[1] * LIGHT[1] + normal[2] * LIGHT[2]);
            return new Color(channel(colour[0], light), channel(colour[1], light), channel(colour[2], light));
        }

        private static int channel(float value, double light) {
            return (int) Math.max(0, Math.min(255, Math.round(255 * value * light)));
        }

        private static double sq(double value) {
            return value * value;
        }
    }

    private static double[] normalise(double x, double y, double z) {
        double length = Math.sqrt(x * x + y * y + z * z);
        return length == 0 ? new double[] {0, 0, 1} : new double[] {x / length, y / length, z / length};
    }
}
