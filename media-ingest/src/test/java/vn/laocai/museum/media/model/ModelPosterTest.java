package vn.laocai.museum.media.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.media.PlaceholderModel;
import vn.laocai.museum.media.samples.SampleModels;

class ModelPosterTest {

    @Test
    void a_poster_is_a_png_of_the_asked_size_with_the_model_drawn_in_the_middle() throws Exception {
        BufferedImage poster = ImageIO.read(new ByteArrayInputStream(ModelPoster.png(PlaceholderModel.glb("panax-notoginseng"), 400, 300)));

        assertThat(poster.getWidth()).isEqualTo(400);
        assertThat(poster.getHeight()).isEqualTo(300);
        int corner = poster.getRGB(2, 2);
        assertThat(poster.getRGB(200, 150)).as("the model covers the centre").isNotEqualTo(corner);
        assertThat(poster.getRGB(397, 150)).as("and is fitted inside the frame").isEqualTo(poster.getRGB(397, 151));
    }

    @Test
    void the_gltf_form_with_an_embedded_buffer_draws_the_same_as_the_glb() {
        String buffer = "data:application/octet-stream;base64," + Base64.getEncoder().encodeToString(SampleModels.buffer(6));
        byte[] gltf = SampleModels.gltf(6, buffer, json -> {});
        byte[] glb = SampleModels.glb(6, json -> {});

        assertThat(GltfGeometry.read(gltf).triangleCount()).isEqualTo(72).isEqualTo(GltfGeometry.read(glb).triangleCount());
        assertThat(ModelPoster.png(gltf, 64, 64)).isEqualTo(ModelPoster.png(glb, 64, 64));
    }

    @Test
    void each_species_gets_its_own_placeholder_shape_and_the_same_one_every_time() {
        assertThat(PlaceholderModel.glb("panax-notoginseng")).isEqualTo(PlaceholderModel.glb("panax-notoginseng"))
                .isNotEqualTo(PlaceholderModel.glb("cinnamomum-cassia"));
    }
}
