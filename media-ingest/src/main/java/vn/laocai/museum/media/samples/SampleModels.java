package vn.laocai.museum.media.samples;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * glTF 2.0 models made in code for tests and benchmarks: a square grid of {@code n × n} quads
 * (2n² triangles, (n+1)² vertices) one metre wide, as a GLB or as a {@code .gltf} with its buffer
 * beside it. {@code tweak} may change the JSON before it is written, to make broken models.
 *
 * <pre>{@code
 * byte[] glb = SampleModels.glb(10, json -> {});   // 200 triangles, 121 vertices
 * }</pre>
 */
public final class SampleModels {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SampleModels() {}

    /** A binary glTF of the grid. */
    public static byte[] glb(int n, Consumer<ObjectNode> tweak) {
        byte[] bin = buffer(n);
        ObjectNode json = json(n, bin.length);
        tweak.accept(json);
        byte[] text = pad(JSON.writeValueAsBytes(json), (byte) ' ');
        byte[] data = pad(bin, (byte) 0);
        int length = 12 + 8 + text.length + 8 + data.length;
        ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x46546C67).putInt(2).putInt(length);
        out.putInt(text.length).putInt(0x4E4F534A).put(text);
        out.putInt(data.length).putInt(0x004E4942).put(data);
        return out.array();
    }

    /** The grid's JSON, its buffer named by {@code bufferUri} (a file beside it or a data: URI). */
    public static byte[] gltf(int n, String bufferUri, Consumer<ObjectNode> tweak) {
        ObjectNode json = json(n, buffer(n).length);
        ((ObjectNode) json.get("buffers").get(0)).put("uri", bufferUri);
        tweak.accept(json);
        return JSON.writeValueAsBytes(json);
    }

    /** The grid's binary buffer: positions (float VEC3) then triangle indices (uint32). */
    public static byte[] buffer(int n) {
        int vertices = (n + 1) * (n + 1);
        int indices = 6 * n * n;
        ByteBuffer out = ByteBuffer.allocate(12 * vertices + 4 * indices).order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y <= n; y++) {
            for (int x = 0; x <= n; x++) {
                out.putFloat((float) x / n - 0.5f).putFloat(0.1f * (float) Math.sin(x * 0.3) * (float) Math.cos(y * 0.3))
                        .putFloat((float) y / n - 0.5f);
            }
        }
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int a = y * (n + 1) + x;
                int b = a + 1;
                int c = a + n + 1;
                int d = c + 1;
                out.putInt(a).putInt(c).putInt(b).putInt(b).putInt(c).putInt(d);
            }
        }
        return out.array();
    }

    private static ObjectNode json(int n, int bufferLength) {
        int vertices = (n + 1) * (n + 1);
        int positionBytes = 12 * vertices;
        ObjectNode root = JSON.createObjectNode();
        root.putObject("asset").put("version", "2.0").put("generator", "Lào Cai herb museum samples");
        root.put("scene", 0);
        root.putArray("scenes").addObject().putArray("nodes").add(0);
        root.putArray("nodes").addObject().put("mesh", 0);
        ObjectNode primitive = root.putArray("meshes").addObject().putArray("primitives").addObject();
        primitive.putObject("attributes").put("POSITION", 0);
        primitive.put("indices", 1).put("mode", 4);
        ArrayNode accessors = root.putArray("accessors");
        ObjectNode position = accessors.addObject().put("bufferView", 0).put("componentType", 5126).put("count", vertices)
                .put("type", "VEC3");
        position.putArray("min").add(-0.5).add(-0.1).add(-0.5);
        position.putArray("max").add(0.5).add(0.1).add(0.5);
        accessors.addObject().put("bufferView", 1).put("componentType", 5125).put("count", 6 * n * n).put("type", "SCALAR");
        ArrayNode views = root.putArray("bufferViews");
        views.addObject().put("buffer", 0).put("byteOffset", 0).put("byteLength", positionBytes).put("target", 34962);
        views.addObject().put("buffer", 0).put("byteOffset", positionBytes).put("byteLength", bufferLength - positionBytes)
                .put("target", 34963);
        root.putArray("buffers").addObject().put("byteLength", bufferLength);
        return root;
    }

    private static byte[] pad(byte[] bytes, byte filler) {
        int padded = (bytes.length + 3) / 4 * 4;
        byte[] out = java.util.Arrays.copyOf(bytes, padded);
        java.util.Arrays.fill(out, bytes.length, padded, filler);
        return out;
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
