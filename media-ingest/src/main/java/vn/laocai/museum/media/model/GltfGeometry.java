package vn.laocai.museum.media.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The triangles of a glTF 2.0 model that {@link vn.laocai.museum.media.check.GltfCheck} has accepted
 * (a GLB, or a {@code .gltf} whose buffers are {@code data:} URIs), in mesh coordinates, with the base
 * colour of each primitive's material. Node transforms are not applied: enough for a poster, which
 * shows the shape from a fixed angle, not for a scene.
 */
record GltfGeometry(List<Primitive> primitives) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int GLB_MAGIC = 0x46546C67;
    private static final int TRIANGLES = 4;

    /** Vertex positions (x, y, z per vertex), triangle corners as vertex numbers, and an sRGB colour. */
    record Primitive(float[] positions, int[] corners, float[] colour) {}

    static GltfGeometry read(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length >= 12 && in.getInt(0) == GLB_MAGIC) {
            int jsonLength = in.getInt(12);
            JsonNode root = JSON.readTree(new String(file, 20, jsonLength, StandardCharsets.UTF_8));
            int binStart = 20 + jsonLength;
            byte[] bin = new byte[0];
            if (binStart + 8 <= file.length) {
                int binLength = in.getInt(binStart);
                bin = java.util.Arrays.copyOfRange(file, binStart + 8, binStart + 8 + binLength);
            }
            List<byte[]> buffers = new ArrayList<>();
            for (JsonNode buffer : root.path("buffers")) {
                buffers.add(buffer.has("uri") ? dataUri(buffer.get("uri").asString()) : bin);
            }
            return of(root, buffers);
        }
        JsonNode root = JSON.readTree(file);
        List<byte[]> buffers = new ArrayList<>();
        for (JsonNode buffer : root.path("buffers")) {
            buffers.add(dataUri(buffer.path("uri").asString()));
        }
        return of(root, buffers);
    }

    int triangleCount() {
        return primitives.stream().mapToInt(primitive -> primitive.corners().length / 3).sum();
    }

    private static GltfGeometry of(JsonNode root, List<byte[]> buffers) {
        List<Primitive> primitives = new ArrayList<>();
        for (JsonNode mesh : root.path("meshes")) {
            for (JsonNode primitive : mesh.path("primitives")) {
                if (primitive.path("mode").asInt(TRIANGLES) != TRIANGLES || !primitive.path("attributes").has("POSITION")) {
                    continue; // points and lines have no surface to draw
                }
                float[] positions = floats(root, buffers, primitive.get("attributes").get("POSITION").asInt());
                int[] corners = primitive.has("indices")
                        ? indices(root, buffers, primitive.get("indices").asInt())
                        : sequence(positions.length / 3);
                primitives.add(new Primitive(positions, corners, colour(root, primitive)));
            }
        }
        return new GltfGeometry(List.copyOf(primitives));
    }

    private static float[] colour(JsonNode root, JsonNode primitive) {
        JsonNode factor = root.path("materials").path(primitive.path("material").asInt(-1))
                .path("pbrMetallicRoughness").path("baseColorFactor");
        if (factor.size() >= 3) {
            return new float[] {(float) factor.get(0).asDouble(), (float) factor.get(1).asDouble(), (float) factor.get(2).asDouble()};
        }
        return new float[] {0.55f, 0.62f, 0.48f}; // a herb's muted green when the model gives no colour
    }

    private static float[] floats(JsonNode root, List<byte[]> buffers, int accessorIndex) {
        JsonNode accessor = root.path("accessors").get(accessorIndex);
        int count = accessor.path("count").asInt();
        float[] out = new float[count * 3];
        if (!accessor.has("bufferView") || accessor.path("componentType").asInt() != 5126) {
            return new float[0]; // sparse-only or quantized positions: nothing a poster needs to guess at
        }
        JsonNode view = root.path("bufferViews").get(accessor.get("bufferView").asInt());
        ByteBuffer data = ByteBuffer.wrap(buffers.get(view.path("buffer").asInt())).order(ByteOrder.LITTLE_ENDIAN);
        int start = view.path("byteOffset").asInt(0) + accessor.path("byteOffset").asInt(0);
        int stride = view.path("byteStride").asInt(12);
        for (int i = 0; i < count; i++) {
            for (int axis = 0; axis < 3; axis++) {
                out[3 * i + axis] = data.getFloat(start + i * stride + 4 * axis);
            }
        }
        return out;
    }

    private static int[] indices(JsonNode root, List<byte[]> buffers, int accessorIndex) {
        JsonNode accessor = root.path("accessors").get(accessorIndex);
        int count = accessor.path("count").asInt();
        JsonNode view = root.path("bufferViews").get(accessor.path("bufferView").asInt());
        ByteBuffer data = ByteBuffer.wrap(buffers.get(view.path("buffer").asInt())).order(ByteOrder.LITTLE_ENDIAN);
        int start = view.path("byteOffset").asInt(0) + accessor.path("byteOffset").asInt(0);
        int[] out = new int[count - count % 3];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (accessor.path("componentType").asInt()) {
                case 5121 -> Byte.toUnsignedInt(data.get(start + i));
                case 5123 -> Short.toUnsignedInt(data.getShort(start + 2 * i));
                default -> data.getInt(start + 4 * i);
            };
        }
        return out;
    }

    private static int[] sequence(int count) {
        int[] out = new int[count - count % 3];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return out;
    }

    private static byte[] dataUri(String uri) {
        int comma = uri.indexOf(',');
        if (!uri.startsWith("data:") || comma < 0) {
            throw new IllegalArgumentException("not a self-contained glTF: buffer " + uri);
        }
        return Base64.getDecoder().decode(uri.substring(comma + 1));
    }
}
