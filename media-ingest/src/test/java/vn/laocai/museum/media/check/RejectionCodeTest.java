package vn.laocai.museum.media.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.media.samples.SampleModels;
import vn.laocai.museum.media.samples.SamplePictures;

/** Each refusal carries a stable code and its values beside the English sentence the command line prints. */
class RejectionCodeTest {

    private final MediaCheck check = new MediaCheck(MediaCheck.Limits.DEFAULT);

    @Test
    void codes_are_unique_lower_case_and_hyphenated() {
        List<String> codes = Arrays.stream(RejectionCode.values()).map(RejectionCode::code).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(RejectionCode.GLB_TRUNCATED.code()).isEqualTo("glb-truncated");
    }

    @Test
    void a_truncated_glb_gives_its_code_values_and_the_english_sentence() {
        byte[] glb = SampleModels.glb(10, json -> {});
        byte[] cut = Arrays.copyOf(glb, 500);

        MediaRejected refused = catchThrowableOfType(MediaRejected.class, () -> check.check(cut, uri -> new byte[0]));

        assertThat(refused.rejection()).isEqualTo(new Rejection("glb-truncated", List.of(String.valueOf(glb.length), "500"),
                "truncated GLB: header declares " + glb.length + " bytes, file has 500"));
        assertThat(refused.getMessage()).isEqualTo(refused.rejection().text());
    }

    @Test
    void a_corrupt_jpeg_names_the_format_and_keeps_the_decoder_detail_as_a_value() {
        byte[] jpeg = SamplePictures.cameraJpeg(640, 480, 1, 22.3, 103.8, 5);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);

        Rejection why = catchThrowableOfType(MediaRejected.class, () -> check.check(cut, uri -> new byte[0])).rejection();

        assertThat(why.code()).isIn("image-corrupt", "image-unreadable", "jpeg-truncated");
        assertThat(why.text()).matches("(?s).*(corrupt|truncated).*JPEG.*");
    }

    @Test
    void values_fill_only_their_own_places() {
        assertThat(Rejection.fill("{0} refers to {1} {2}, but there are only {3}", List.of("node 1", "mesh", "7", "2")))
                .isEqualTo("node 1 refers to mesh 7, but there are only 2");
        assertThat(RejectionCode.ACCESSOR_TYPE.with("accessor 0", "VEC5").text()).isEqualTo("accessor 0 has an unknown type 'VEC5'");
    }

    @Test
    void a_gltf_names_its_buffers_and_textures_beside_it_but_not_embedded_data() {
        byte[] gltf = SampleModels.gltf(2, "grid%20data.bin", json -> json.putArray("images").addObject().put("uri", "bark.png"));
        assertThat(new GltfCheck().siblingUris(gltf)).containsExactly("grid%20data.bin", "bark.png");
        byte[] inline = SampleModels.gltf(2, "data:application/octet-stream;base64,AAAA", json -> {});
        assertThat(new GltfCheck().siblingUris(inline)).isEmpty();
    }
}
