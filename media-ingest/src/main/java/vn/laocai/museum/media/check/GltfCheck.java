package vn.laocai.museum.media.check;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks glTF 2.0 models by their content: the GLB container (header, JSON and BIN chunks and
 * their bounds), then the JSON's buffers, buffer views and accessors, so that every byte range a
 * viewer will read lies inside the data. A model that passes cannot make a kiosk viewer read past
 * a buffer. Thread-safe.
 *
 * <pre>{@code
 * ModelStats stats = new GltfCheck().checkGlb(bytes);   // MediaRejected with the reason otherwise
 * }</pre>
 */
public final class GltfCheck {

    private static final int MAGIC = 0x46546C67; // "glTF"
    private static final int CHUNK_JSON = 0x4E4F534A;
    private static final int CHUNK_BIN = 0x004E4942;
    private static final Map<Integer, Integer> COMPONENT_BYTES = Map.of(5120, 1, 5121, 1, 5122, 2, 5123, 2, 5125, 4, 5126, 4);
    private static final Map<String, Integer> TYPE_COMPONENTS = Map.of(
            "SCALAR", 1, "VEC2", 2, "VEC3", 3, "VEC4", 4, "MAT2", 4, "MAT3", 9, "MAT4", 16);
    private static final int MODE_TRIANGLES = 4;
    private static final int MODE_TRIANGLE_STRIP = 5;
    private static final int MODE_TRIANGLE_FAN = 6;

    private final JsonMapper json = JsonMapper.builder().build();

    /** Reads the files a {@code .gltf} names by relative URI (its sibling buffers and textures). */
    @FunctionalInterface
    public interface Siblings {
        /** The file's bytes; throws {@link MediaRejected} when it is missing or outside the model's folder. */
        byte[] read(String relativeUri);
    }

    /** A {@code .gltf} that passed, rewritten to carry its buffers and images as data: URIs. */
    public record SelfContained(byte[] gltf, ModelStats stats) {}

    /** Checks a binary glTF; returns what it holds. */
    public ModelStats checkGlb(byte[] glb) {
        if (glb.length < 12) {
            throw RejectionCode.GLB_SHORTER_THAN_HEADER.reject(glb.length);
        }
        ByteBuffer in = ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN);
        if (in.getInt(0) != MAGIC) {
            throw RejectionCode.GLB_NO_MAGIC.reject();
        }
        int version = in.getInt(4);
        if (version != 2) {
            throw RejectionCode.GLB_VERSION.reject(version);
        }
        long declared = Integer.toUnsignedLong(in.getInt(8));
        if (declared != glb.length) {
            throw (declared > glb.length ? RejectionCode.GLB_TRUNCATED : RejectionCode.GLB_LENGTH_MISMATCH).reject(declared, glb.length);
        }
        byte[] jsonChunk = null;
        byte[] binChunk = null;
        int offset = 12;
        int index = 0;
        while (offset < glb.length) {
            if (glb.length - offset < 8) {
                throw RejectionCode.GLB_CHUNK_HEADER_CUT.reject(index, offset);
            }
            long length = Integer.toUnsignedLong(in.getInt(offset));
            int type = in.getInt(offset + 4);
            int start = offset + 8;
            if (length > glb.length - start) {
                throw RejectionCode.GLB_CHUNK_PAST_END.reject(index, length, glb.length - start);
            }
            if (length % 4 != 0) {
                throw RejectionCode.GLB_CHUNK_ALIGNMENT.reject(index, length);
            }
            byte[] data = java.util.Arrays.copyOfRange(glb, start, start + (int) length);
            if (index == 0) {
                if (type != CHUNK_JSON) {
                    throw RejectionCode.GLB_FIRST_CHUNK_NOT_JSON.reject();
                }
                jsonChunk = data;
            } else if (index == 1 && type == CHUNK_BIN) {
                binChunk = data;
            } else if (type == CHUNK_JSON || type == CHUNK_BIN) {
                throw RejectionCode.GLB_REPEATED_CHUNK.reject(index);
            }
            offset = start + (int) length;
            index++;
        }
        if (jsonChunk == null) {
            throw RejectionCode.GLB_NO_JSON.reject();
        }
        JsonNode root = parse(jsonChunk);
        List<byte[]> buffers = new ArrayList<>();
        JsonNode declaredBuffers = root.path("buffers");
        for (int i = 0; i < declaredBuffers.size(); i++) {
            JsonNode buffer = declaredBuffers.get(i);
            if (buffer.has("uri")) {
                String uri = buffer.get("uri").asString();
                buffers.add(dataUri(uri, "buffer " + i).orElseThrow(() -> RejectionCode.GLB_OUTSIDE_FILE.reject(uri)));
            } else if (i == 0) {
                if (binChunk == null) {
                    throw RejectionCode.GLB_NO_BIN.reject();
                }
                buffers.add(binChunk);
            } else {
                throw RejectionCode.GLB_BUFFER_WITHOUT_URI.reject(i);
            }
        }
        return validate(root, buffers, glb.length);
    }

    /** Checks a JSON glTF whose buffers and images are data: URIs or files beside it. */
    public SelfContained checkGltf(byte[] gltf, Siblings siblings) {
        JsonNode root = parse(gltf);
        List<byte[]> buffers = new ArrayList<>();
        JsonNode declaredBuffers = root.path("buffers");
        for (int i = 0; i < declaredBuffers.size(); i++) {
            JsonNode buffer = declaredBuffers.get(i);
            if (!buffer.path("uri").isString()) {
                throw RejectionCode.GLTF_BUFFER_WITHOUT_URI.reject(i);
            }
            byte[] data = resolve(buffer.get("uri").asString(), "buffer " + i, siblings);
            buffers.add(data);
            ((ObjectNode) buffer).put("uri", "data:application/octet-stream;base64," + Base64.getEncoder().encodeToString(data));
        }
        JsonNode images = root.path("images");
        for (int i = 0; i < images.size(); i++) {
            JsonNode image = images.get(i);
            if (image.path("uri").isString()) {
                String uri = image.get("uri").asString();
                byte[] data = resolve(uri, "image " + i, siblings);
                String type = image.path("mimeType").asString(uri.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? "image/png" : "image/jpeg");
                ((ObjectNode) image).put("uri", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(data));
            }
        }
        ModelStats checked = validate(root, buffers, 0);
        // The stored file is the rewritten one: it carries everything, so no key depends on a file name.
        byte[] selfContained = json.writeValueAsBytes(root);
        return new SelfContained(selfContained, new ModelStats(checked.meshes(), checked.triangles(), checked.vertices(),
                checked.textures(), checked.images(), selfContained.length, checked.boundingBox()));
    }

    /**
     * The files a {@code .gltf} names beside it — the {@code uri} of its buffers and images that are
     * not {@code data:} URIs — as written (still URI-encoded), in order, each once. Throws
     * {@link MediaRejected} when the JSON is not glTF 2.0.
     */
    public List<String> siblingUris(byte[] gltf) {
        JsonNode root = parse(gltf);
        java.util.LinkedHashSet<String> uris = new java.util.LinkedHashSet<>();
        for (String list : List.of("buffers", "images")) {
            for (JsonNode entry : root.path(list)) {
                String uri = entry.path("uri").asString("");
                if (!uri.isEmpty() && !uri.startsWith("data:")) {
                    uris.add(uri);
                }
            }
        }
        return List.copyOf(uris);
    }

    private JsonNode parse(byte[] text) {
        JsonNode root;
        try {
            root = json.readTree(new String(text, StandardCharsets.UTF_8).replace("\uFEFF", "").trim());
        } catch (JacksonException e) {
            throw RejectionCode.GLTF_JSON_CORRUPT.reject(e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw RejectionCode.GLTF_JSON_NOT_OBJECT.reject();
        }
        String version = root.path("asset").path("version").asString("");
        if (!version.startsWith("2.")) {
            throw version.isEmpty() ? RejectionCode.GLTF_VERSION_MISSING.reject() : RejectionCode.GLTF_VERSION.reject(version);
        }
        return root;
    }

    private static byte[] resolve(String uri, String what, Siblings siblings) {
        Optional<byte[]> inline = dataUri(uri, what);
        return inline.isPresent() ? inline.get() : siblings.read(uri);
    }

    private static Optional<byte[]> dataUri(String uri, String what) {
        if (!uri.startsWith("data:")) {
            return Optional.empty();
        }
        int comma = uri.indexOf(',');
        if (comma < 0 || !uri.substring(0, comma).endsWith(";base64")) {
            throw RejectionCode.DATA_URI_NOT_BASE64.reject(what);
        }
        try {
            return Optional.of(Base64.getDecoder().decode(uri.substring(comma + 1)));
        } catch (IllegalArgumentException e) {
            throw RejectionCode.DATA_URI_INVALID.reject(what);
        }
    }

    private static ModelStats validate(JsonNode root, List<byte[]> buffers, long fileSize) {
        JsonNode declaredBuffers = root.path("buffers");
        for (int i = 0; i < buffers.size(); i++) {
            long byteLength = integer(declaredBuffers.get(i), "byteLength", "buffer " + i, 1);
            if (byteLength > buffers.get(i).length) {
                throw RejectionCode.BUFFER_SHORT.reject(i, byteLength, buffers.get(i).length);
            }
        }
        JsonNode views = root.path("bufferViews");
        for (int i = 0; i < views.size(); i++) {
            JsonNode view = views.get(i);
            String where = "bufferView " + i;
            int buffer = (int) index(view, "buffer", where, buffers.size());
            long offset = optionalInteger(view, "byteOffset", where, 0);
            long length = integer(view, "byteLength", where, 1);
            long bufferLength = integer(declaredBuffers.get(buffer), "byteLength", "buffer " + buffer, 1);
            if (offset + length > bufferLength) {
                throw RejectionCode.VIEW_OUTSIDE_BUFFER.reject(where, offset, offset + length, buffer, bufferLength);
            }
            long stride = optionalInteger(view, "byteStride", where, 0);
            if (view.has("byteStride") && (stride < 4 || stride > 252 || stride % 4 != 0)) {
                throw RejectionCode.VIEW_STRIDE.reject(where, stride);
            }
        }
        JsonNode accessors = root.path("accessors");
        for (int i = 0; i < accessors.size(); i++) {
            checkAccessor(accessors.get(i), "accessor " + i, views);
        }
        JsonNode images = root.path("images");
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i).has("bufferView")) {
                index(images.get(i), "bufferView", "image " + i, views.size());
            }
        }
        JsonNode textures = root.path("textures");
        for (int i = 0; i < textures.size(); i++) {
            if (textures.get(i).has("source")) {
                index(textures.get(i), "source", "texture " + i, images.size());
            }
        }
        checkReferences(root);
        return meshStats(root, accessors, views, buffers, fileSize, textures.size(), images.size());
    }

    private static void checkAccessor(JsonNode accessor, String where, JsonNode views) {
        long componentType = integer(accessor, "componentType", where, 0);
        Integer componentBytes = COMPONENT_BYTES.get((int) componentType);
        if (componentBytes == null) {
            throw RejectionCode.ACCESSOR_COMPONENT_TYPE.reject(where, componentType);
        }
        Integer components = TYPE_COMPONENTS.get(accessor.path("type").asString(""));
        if (components == null) {
            throw RejectionCode.ACCESSOR_TYPE.reject(where, accessor.path("type").asString(""));
        }
        long count = integer(accessor, "count", where, 1);
        long element = (long) componentBytes * components;
        if (accessor.has("sparse")) {
            checkSparse(accessor.get("sparse"), count, element, where + " sparse", views);
        }
        if (!accessor.has("bufferView")) {
            return; // all zeros (or sparse only): nothing more to read from a buffer
        }
        JsonNode view = views.get((int) index(accessor, "bufferView", where, views.size()));
        long offset = optionalInteger(accessor, "byteOffset", where, 0);
        if (offset % componentBytes != 0) {
            throw RejectionCode.ACCESSOR_ALIGNMENT.reject(where, offset, componentBytes);
        }
        long stride = view.has("byteStride") ? view.get("byteStride").asLong() : element;
        long end = offset + stride * (count - 1) + element;
        long viewLength = view.get("byteLength").asLong();
        if (end > viewLength) {
            throw RejectionCode.ACCESSOR_OUT_OF_RANGE.reject(where, count, end, viewLength);
        }
    }

    /** A sparse accessor's indices and values must lie inside their buffer views. */
    private static void checkSparse(JsonNode sparse, long count, long element, String where, JsonNode views) {
        long entries = integer(sparse, "count", where, 1);
        if (entries > count) {
            throw RejectionCode.SPARSE_TOO_MANY.reject(where, entries, count);
        }
        JsonNode indices = sparse.path("indices");
        long indexType = integer(indices, "componentType", where + " indices", 0);
        if (indexType != 5121 && indexType != 5123 && indexType != 5125) {
            throw RejectionCode.SPARSE_INDEX_TYPE.reject(where, indexType);
        }
        inside(indices, entries * COMPONENT_BYTES.get((int) indexType), views, where + " indices");
        inside(sparse.path("values"), entries * element, views, where + " values");
    }

    private static void inside(JsonNode node, long length, JsonNode views, String where) {
        JsonNode view = views.get((int) index(node, "bufferView", where, views.size()));
        long end = optionalInteger(node, "byteOffset", where, 0) + length;
        if (end > view.get("byteLength").asLong()) {
            throw RejectionCode.SPARSE_OUT_OF_RANGE.reject(where, end, view.get("byteLength").asLong());
        }
    }

    /** Nodes, primitives, materials and textures may only name things that exist. */
    private static void checkReferences(JsonNode root) {
        int meshes = root.path("meshes").size();
        int nodes = root.path("nodes").size();
        int materials = root.path("materials").size();
        int textures = root.path("textures").size();
        JsonNode nodeList = root.path("nodes");
        for (int i = 0; i < nodes; i++) {
            JsonNode node = nodeList.get(i);
            if (node.has("mesh")) {
                index(node, "mesh", "node " + i, meshes);
            }
            for (JsonNode child : node.path("children")) {
                if (!child.isIntegralNumber() || child.asLong() < 0 || child.asLong() >= nodes) {
                    throw RejectionCode.NODE_CHILD.reject(i, child, nodes);
                }
            }
        }
        JsonNode textureList = root.path("textures");
        for (int i = 0; i < textures; i++) {
            if (textureList.get(i).has("sampler")) {
                index(textureList.get(i), "sampler", "texture " + i, root.path("samplers").size());
            }
        }
        JsonNode materialList = root.path("materials");
        for (int i = 0; i < materials; i++) {
            textureReferences(materialList.get(i), "material " + i, textures);
        }
        JsonNode meshList = root.path("meshes");
        for (int m = 0; m < meshes; m++) {
            JsonNode primitives = meshList.get(m).path("primitives");
            for (int p = 0; p < primitives.size(); p++) {
                if (primitives.get(p).has("material")) {
                    index(primitives.get(p), "material", "mesh " + m + " primitive " + p, materials);
                }
            }
        }
    }

    /** Every {@code …Texture: {index}} inside a material, however deeply nested (extensions too). */
    private static void textureReferences(JsonNode node, String where, int textures) {
        for (java.util.Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isObject()) {
                if (field.getKey().endsWith("Texture") && field.getValue().has("index")) {
                    index(field.getValue(), "index", where + " " + field.getKey(), textures);
                }
                textureReferences(field.getValue(), where, textures);
            }
        }
    }

    private static ModelStats meshStats(JsonNode root, JsonNode accessors, JsonNode views, List<byte[]> buffers, long fileSize,
            int textures, int images) {
        JsonNode meshes = root.path("meshes");
        long triangles = 0;
        long vertices = 0;
        double[] box = null;
        for (int m = 0; m < meshes.size(); m++) {
            JsonNode primitives = meshes.get(m).path("primitives");
            for (int p = 0; p < primitives.size(); p++) {
                JsonNode primitive = primitives.get(p);
                String where = "mesh " + m + " primitive " + p;
                JsonNode attributes = primitive.path("attributes");
                long count = 0;
                if (attributes.has("POSITION")) {
                    JsonNode position = accessors.get((int) index(attributes, "POSITION", where, accessors.size()));
                    count = position.path("count").asLong();
                    vertices += count;
                    box = union(box, position, where);
                }
                if (primitive.has("indices")) {
                    JsonNode indices = accessors.get((int) index(primitive, "indices", where, accessors.size()));
                    checkIndices(indices, views, buffers, count, where);
                    count = indices.path("count").asLong();
                }
                long mode = optionalInteger(primitive, "mode", where, MODE_TRIANGLES);
                if (mode == MODE_TRIANGLES) {
                    triangles += count / 3;
                } else if (mode == MODE_TRIANGLE_STRIP || mode == MODE_TRIANGLE_FAN) {
                    triangles += Math.max(0, count - 2);
                }
            }
        }
        return new ModelStats(meshes.size(), triangles, vertices, textures, images, fileSize, Optional.ofNullable(box));
    }

    /** Every index must name a vertex that exists: a viewer would read past the vertex data otherwise. */
    private static void checkIndices(JsonNode accessor, JsonNode views, List<byte[]> buffers, long vertices, String where) {
        if (!accessor.has("bufferView") || vertices == 0) {
            return;
        }
        JsonNode view = views.get(accessor.get("bufferView").asInt());
        int size = COMPONENT_BYTES.get(accessor.get("componentType").asInt());
        if (view.has("byteStride") && view.get("byteStride").asInt() != size) {
            throw RejectionCode.INDICES_NOT_PACKED.reject(where, view.get("byteStride").asInt());
        }
        ByteBuffer data = ByteBuffer.wrap(buffers.get(view.get("buffer").asInt())).order(ByteOrder.LITTLE_ENDIAN);
        long start = view.path("byteOffset").asLong(0) + accessor.path("byteOffset").asLong(0);
        long count = accessor.get("count").asLong();
        long largest = 0;
        for (long i = 0; i < count; i++) {
            int at = (int) (start + i * size);
            long value = switch (size) {
                case 1 -> Byte.toUnsignedLong(data.get(at));
                case 2 -> Short.toUnsignedLong(data.getShort(at));
                default -> Integer.toUnsignedLong(data.getInt(at));
            };
            largest = Math.max(largest, value);
        }
        if (largest >= vertices) {
            throw RejectionCode.INDEX_OUT_OF_RANGE.reject(where, largest, vertices);
        }
    }

    private static double[] union(double[] box, JsonNode position, String where) {
        JsonNode min = position.path("min");
        JsonNode max = position.path("max");
        if (min.size() != 3 || max.size() != 3) {
            throw RejectionCode.POSITION_BOUNDS.reject(where);
        }
        double[] result = box == null
                ? new double[] {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE}
                : box;
        for (int axis = 0; axis < 3; axis++) {
            result[axis] = Math.min(result[axis], min.get(axis).asDouble());
            result[axis + 3] = Math.max(result[axis + 3], max.get(axis).asDouble());
        }
        return result;
    }

    private static long index(JsonNode node, String field, String where, int size) {
        long value = integer(node, field, where, 0);
        if (value >= size) {
            throw RejectionCode.REFERENCE_OUT_OF_RANGE.reject(where, field, value, size);
        }
        return value;
    }

    private static long integer(JsonNode node, String field, String where, long minimum) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw RejectionCode.FIELD_MISSING.reject(where, field);
        }
        long result = value.asLong();
        if (result < minimum) {
            throw RejectionCode.FIELD_TOO_SMALL.reject(where, field, result, minimum);
        }
        return result;
    }

    private static long optionalInteger(JsonNode node, String field, String where, long fallback) {
        return node.has(field) ? integer(node, field, where, 0) : fallback;
    }
}
