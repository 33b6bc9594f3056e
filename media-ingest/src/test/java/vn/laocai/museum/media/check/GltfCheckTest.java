package vn.laocai.museum.media.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import vn.laocai.museum.media.samples.SampleModels;

/** glTF 2.0 checked by content: valid models give their statistics, broken ones a reason. */
class GltfCheckTest {

    private final GltfCheck check = new GltfCheck();

    @Nested
    class Glb {

        @Test
        void a_valid_grid_gives_its_counts_and_bounding_box() {
            byte[] glb = SampleModels.glb(10, json -> {});
            ModelStats stats = check.checkGlb(glb);
            assertThat(stats.meshes()).isEqualTo(1);
            assertThat(stats.triangles()).isEqualTo(200);
            assertThat(stats.vertices()).isEqualTo(121);
            assertThat(stats.textures()).isZero();
            assertThat(stats.fileSize()).isEqualTo(glb.length);
            assertThat(stats.boundingBox()).hasValueSatisfying(box -> assertThat(box).containsExactly(-0.5, -0.1, -0.5, 0.5, 0.1, 0.5));
        }

        @Test
        void a_truncated_file_is_refused() {
            byte[] glb = SampleModels.glb(10, json -> {});
            assertThatThrownBy(() -> check.checkGlb(Arrays.copyOf(glb, glb.length - 100)))
                    .isInstanceOf(MediaRejected.class).hasMessageContaining("truncated GLB: header declares");
            assertThatThrownBy(() -> check.checkGlb(Arrays.copyOf(glb, 7)))
                    .isInstanceOf(MediaRejected.class).hasMessageContaining("shorter than the 12-byte header");
        }

        @Test
        void a_chunk_longer_than_the_file_is_refused() {
            byte[] glb = SampleModels.glb(10, json -> {});
            ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN).putInt(12, 1 << 30);
            assertThatThrownBy(() -> check.checkGlb(glb))
                    .isInstanceOf(MediaRejected.class).hasMessageContaining("chunk 0 declares 1073741824 bytes");
        }

        @Test
        void a_bin_chunk_shorter_than_its_buffer_is_refused() {
            byte[] glb = SampleModels.glb(10, json -> ((ObjectNode) json.get("buffers").get(0)).put("byteLength", 1_000_000));
            assertThatThrownBy(() -> check.checkGlb(glb))
                    .isInstanceOf(MediaRejected.class).hasMessageContaining("buffer 0 declares 1000000 bytes but holds");
        }

        @Test
        void an_accessor_reading_past_its_buffer_view_is_refused() {
            byte[] glb = SampleModels.glb(10, json -> ((ObjectNode) json.get("accessors").get(1)).put("count", 100_000));
            assertThatThrownBy(() -> check.checkGlb(glb))
                    .isInstanceOf(MediaRejected.class).hasMessageContaining("accessor 1 reads 100000 elements")
                    .hasMessageContaining("beyond its bufferView");
        }

        @Test
        void a_buffer_view_outside_its_buffer_is_refused() {
            byte[] glb = SampleModels.glb(10, json -> ((ObjectNode) json.get("bufferViews").get(1)).put("byteOffset", 5000));
            assertThatThrownBy(() -> check.checkGlb(glb))
                    .isInstanceOf(MediaRejected.class).hasMessageContaining("bufferView 1").hasMessageContaining("lies outside buffer 0");
        }

        @Test
        void an_index_to_a_missing_accessor_is_refused() {
            byte[] glb = SampleModels.glb(10, json -> ((ObjectNode) json.get("meshes").get(0).get("primitives").get(0)).put("indices", 7));
            assertThatThrownBy(() -> check.checkGlb(glb))
                    .isInstanceOf(MediaRejected.class).hasMessageContaining("refers to indices 7, but there are only 2");
        }

        @Test
        void an_index_naming_a_vertex_that_does_not_exist_is_refused() {
            byte[] glb = SampleModels.glb(2, json -> {});
            // The index data starts after the 9 positions (108 bytes) in the BIN chunk.
            int binStart = 12 + 8 + ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN).getInt(12) + 8;
            ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN).putInt(binStart + 108 + 4 * 5, 9);
            assertThatThrownBy(() -> check.checkGlb(glb))
                    .isInstanceOf(MediaRejected.class).hasMessageContaining("mesh 0 primitive 0: index 9 is out of range of its 9 vertices");
        }

        @Test
        void a_node_naming_a_missing_mesh_or_a_material_naming_a_missing_texture_is_refused() {
            byte[] node = SampleModels.glb(2, json -> ((ObjectNode) json.get("nodes").get(0)).put("mesh", 3));
            assertThatThrownBy(() -> check.checkGlb(node)).hasMessageContaining("node 0 refers to mesh 3, but there are only 1");
            byte[] material = SampleModels.glb(2, json -> {
                json.putArray("materials").addObject().putObject("pbrMetallicRoughness").putObject("baseColorTexture").put("index", 0);
                ((ObjectNode) json.get("meshes").get(0).get("primitives").get(0)).put("material", 0);
            });
            assertThatThrownBy(() -> check.checkGlb(material))
                    .hasMessageContaining("material 0 baseColorTexture refers to index 0, but there are only 0");
        }

        @Test
        void a_sparse_accessor_reading_past_its_buffer_view_is_refused() {
            byte[] glb = SampleModels.glb(2, json -> {
                ObjectNode sparse = ((ObjectNode) json.get("accessors").get(0)).putObject("sparse").put("count", 5);
                sparse.putObject("indices").put("bufferView", 1).put("byteOffset", 80).put("componentType", 5125);
                sparse.putObject("values").put("bufferView", 0);
            });
            assertThatThrownBy(() -> check.checkGlb(glb)).isInstanceOf(MediaRejected.class)
                    .hasMessageContaining("accessor 0 sparse indices read up to byte 100, beyond their bufferView of 96 bytes");
        }

        @Test
        void other_container_and_asset_versions_are_refused() {
            byte[] glb = SampleModels.glb(2, json -> {});
            ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 1);
            assertThatThrownBy(() -> check.checkGlb(glb)).hasMessageContaining("container version 1");
            byte[] old = SampleModels.glb(2, json -> ((ObjectNode) json.get("asset")).put("version", "1.0"));
            assertThatThrownBy(() -> check.checkGlb(old)).hasMessageContaining("unsupported glTF version 1.0");
        }

        @Test
        void broken_json_is_refused_with_the_parser_message() {
            byte[] glb = SampleModels.glb(2, json -> {});
            int jsonStart = 20;
            glb[jsonStart] = '[';
            assertThatThrownBy(() -> check.checkGlb(glb)).isInstanceOf(MediaRejected.class).hasMessageContaining("corrupt glTF JSON");
        }
    }

    @Nested
    class Gltf {

        @Test
        void a_buffer_beside_the_file_is_read_and_inlined() {
            byte[] bin = SampleModels.buffer(4);
            byte[] gltf = SampleModels.gltf(4, "grid.bin", json -> {});
            GltfCheck.SelfContained model = check.checkGltf(gltf, Map.of("grid.bin", bin)::get);
            assertThat(model.stats().triangles()).isEqualTo(32);
            String text = new String(model.gltf(), StandardCharsets.UTF_8);
            assertThat(text).contains("data:application/octet-stream;base64," + Base64.getEncoder().encodeToString(bin))
                    .doesNotContain("grid.bin");
            assertThat(model.stats().fileSize()).isEqualTo(model.gltf().length);
        }

        @Test
        void an_embedded_buffer_is_checked_like_any_other() {
            String uri = "data:application/octet-stream;base64," + Base64.getEncoder().encodeToString(SampleModels.buffer(3));
            assertThat(check.checkGltf(SampleModels.gltf(3, uri, json -> {}), name -> null).stats().vertices()).isEqualTo(16);
            String shortUri = "data:application/octet-stream;base64," + Base64.getEncoder().encodeToString(new byte[12]);
            assertThatThrownBy(() -> check.checkGltf(SampleModels.gltf(3, shortUri, json -> {}), name -> null))
                    .hasMessageContaining("buffer 0 declares");
        }

        @Test
        void a_missing_sibling_is_reported_by_the_reader() {
            assertThatThrownBy(() -> check.checkGltf(SampleModels.gltf(3, "gone.bin", json -> {}), name -> {
                throw RejectionCode.SIBLING_UNREADABLE.reject(name, "missing");
            })).hasMessageContaining("gone.bin");
        }
    }
}
