package vn.laocai.museum.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated stand-in for a 3D scan: a knobbly root-like body of revolution (a GLB with positions,
 * normals and one material), different for each species and the same on every run, so a species
 * page and a kiosk can show the 3D viewer before curators load a real scan. Marked as a placeholder
 * wherever it is described.
 *
 * <pre>{@code
 * byte[] glb = PlaceholderModel.glb("panax-notoginseng");
 * }</pre>
 */
public final class PlaceholderModel {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int RINGS = 48;
    private static final int SEGMENTS = 32;

    private PlaceholderModel() {}

    public static byte[] glb(String seed) {
        Random random = new Random(seed.hashCode());
        double[] lobes = {random.nextDouble() * 0.25, 2 + random.nextInt(4), random.nextDouble() * Math.PI};
        float[] positions = new float[3 * (RINGS + 1) * (SEGMENTS + 1)];
        float[] normals = new float[positions.length];
        int v = 0;
        for (int ring = 0; ring <= RINGS; ring++) {
            double t = (double) ring / RINGS;
            double y = 0.6 * (1 - 2 * t); // 12 cm tall, top to bottom
            double taper = Math.sin(Math.PI * Math.pow(t, 0.7)) * (0.35 - 0.2 * t);
            for (int segment = 0; segment <= SEGMENTS; segment++) {
                double angle = 2 * Math.PI * segment / SEGMENTS;
                double radius = taper * (1 + lobes[0] * Math.sin(lobes[1] * angle + lobes[2] + 6 * t));
                positions[v] = (float) (radius * Math.cos(angle));
                positions[v + 1] = (float) y;
                positions[v + 2] = (float) (radius * Math.sin(angle));
                double length = Math.max(1e-6, Math.hypot(positions[v], positions[v + 2]));
                normals[v] = (float) (positions[v] / length);
                normals[v + 2] = (float) (positions[v + 2] / length);
                v += 3;
            }
        }
        int[] indices = new int[6 * RINGS * SEGMENTS];
        int i = 0;
        for (int ring = 0; ring < RINGS; ring++) {
            for (int segment = 0; segment < SEGMENTS; segment++) {
                int a = ring * (SEGMENTS + 1) + segment;
                int b = a + SEGMENTS + 1;
                indices[i++] = a; indices[i++] = b; indices[i++] = a + 1;
                indices[i++] = a + 1; indices[i++] = b; indices[i++] = b + 1;
            }
        }
        float[] colour = {0.62f + 0.1f * random.nextFloat(), 0.45f + 0.1f * random.nextFloat(), 0.3f, 1f};
        return pack(positions, normals, indices, colour);
    }

    private static byte[] pack(float[] positions, float[] normals, int[] indices, float[] colour) {
        int floats = 4 * positions.length;
        ByteBuffer bin = ByteBuffer.allocate(2 * floats + 4 * indices.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : positions) bin.putFloat(value);
        for (float value : normals) bin.putFloat(value);
        for (int value : indices) bin.putInt(value);
        float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int p = 0; p < positions.length; p++) {
            min[p % 3] = Math.min(min[p % 3], positions[p]);
            max[p % 3] = Math.max(max[p % 3], positions[p]);
        }
        ObjectNode root = JSON.createObjectNode();
        root.putObject("asset").put("version", "2.0").put("generator", "Lào Cai herb museum placeholder");
        root.put("scene", 0);
        root.putArray("scenes").addObject().putArray("nodes").add(0);
        root.putArray("nodes").addObject().put("mesh", 0).put("name", "placeholder");
        ObjectNode primitive = root.putArray("meshes").addObject().putArray("primitives").addObject();
        primitive.putObject("attributes").put("POSITION", 0).put("NORMAL", 1);
        primitive.put("indices", 2).put("material", 0).put("mode", 4);
        ArrayNode factor = root.putArray("materials").addObject().put("name", "root")
                .putObject("pbrMetallicRoughness").put("metallicFactor", 0.0).put("roughnessFactor", 0.9)
                .putArray("baseColorFactor");
        for (float c : colour) factor.add(c);
        int vertices = positions.length / 3;
        ArrayNode accessors = root.putArray("accessors");
        ObjectNode position = accessors.addObject().put("bufferView", 0).put("componentType", 5126).put("count", vertices).put("type", "VEC3");
        ArrayNode minNode = position.putArray("min");
        ArrayNode maxNode = position.putArray("max");
        for (int axis = 0; axis < 3; axis++) {
            minNode.add(min[axis]);
            maxNode.add(max[axis]);
        }
        accessors.addObject().put("bufferView", 1).put("componentType", 5126).put("count", vertices).put("type", "VEC3");
        accessors.addObject().put("bufferView", 2).put("componentType", 5125).put("count", indices.length).put("type", "SCALAR");
        ArrayNode views = root.putArray("bufferViews");
        views.addObject().put("buffer", 0).put("byteOffset", 0).put("byteLength", floats).put("target", 34962);
        views.addObject().put("buffer", 0).put("byteOffset", floats).put("byteLength", floats).put("target", 34962);
        views.addObject().put("buffer", 0).put("byteOffset", 2 * floats).put("byteLength", 4 * indices.length).put("target", 34963);
        root.putArray("buffers").addObject().put("byteLength", bin.capacity());
        byte[] json = pad(JSON.writeValueAsBytes(root), (byte) ' ');
        byte[] data = pad(bin.array(), (byte) 0);
        int length = 12 + 8 + json.length + 8 + data.length;
        ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x46546C67).putInt(2).putInt(length);
        out.putInt(json.length).putInt(0x4E4F534A).put(json);
        out.putInt(data.length).putInt(0x004E4942).put(data);
        return out.array();
    }

    private static byte[] pad(byte[] bytes, byte filler) {
        int padded = (bytes.length + 3) & ~3;
        byte[] out = java.util.Arrays.copyOf(bytes, padded);
        java.util.Arrays.fill(out, bytes.length, padded, filler);
        return out;
    }
}
