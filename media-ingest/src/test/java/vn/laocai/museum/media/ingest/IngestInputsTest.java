package vn.laocai.museum.media.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.MuseumVocab;

/** Manifests and folders become requests; paths are relative to the manifest. */
class IngestInputsTest {

    @TempDir
    Path directory;

    @Test
    void a_csv_row_with_quotes_and_commas_keeps_every_field() throws Exception {
        Path manifest = Files.writeString(directory.resolve("media.csv"), """
                file,target,title_vi,title_en,creator,license,date,place
                "anh/ruong, sang.jpg",https://w3id.org/laocai-herbs/id/story/cho-phien-bac-ha,"Ruộng, buổi sáng",Field,"Lù, Thị Mai",CC0-1.0,2020,"Bắc Hà, Lào Cai"
                """);
        IngestItem item = IngestInputs.manifest(manifest).getFirst();
        assertThat(item.file()).isEqualTo(directory.resolve("anh/ruong, sang.jpg"));
        assertThat(item.targetIri()).contains(MuseumVocab.ID + "story/cho-phien-bac-ha");
        assertThat(item.titles()).isEqualTo(Map.of("vi", "Ruộng, buổi sáng", "en", "Field"));
        assertThat(item.creator()).isEqualTo("Lù, Thị Mai");
        assertThat(item.licence()).isEqualTo("CC0-1.0");
        assertThat(item.place()).isEqualTo("Bắc Hà, Lào Cai");
        assertThat(item.source()).isEqualTo("media.csv row 1 (anh/ruong, sang.jpg)");
    }

    @Test
    void a_folder_gives_its_media_files_in_order_and_skips_the_rest() throws Exception {
        Files.createDirectories(directory.resolve("b"));
        for (String name : List.of("b/2.JPG", "a.glb", "model.gltf", "model.bin", ".hidden.jpg", "notes.txt")) {
            Files.writeString(directory.resolve(name), "x");
        }
        IngestItem defaults = new IngestItem(directory, ".", "species/panax-notoginseng", Map.of(), null, null, null, null);
        assertThat(IngestInputs.expand(List.of(directory), defaults)).extracting(item -> directory.relativize(item.file()).toString())
                .containsExactly("a.glb", "b/2.JPG", "model.gltf");
    }
}
