package vn.laocai.museum.media.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.laocai.museum.media.samples.SampleModels;
import vn.laocai.museum.media.samples.SamplePictures;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** The command line on a data directory: summary, exit codes, folders with a target, YAML manifests. */
class IngestCommandTest {

    @TempDir
    Path directory;

    private Path data;
    private Path incoming;

    @BeforeEach
    void seed() throws Exception {
        data = directory.resolve("data");
        try (Tdb2GraphStore graph = MuseumFixture.graph(data.resolve("graph"))) {
            incoming = Files.createDirectories(directory.resolve("incoming"));
        }
    }

    @Test
    void a_folder_with_a_target_goes_in_and_a_second_run_changes_nothing() throws Exception {
        Files.write(incoming.resolve("1.jpg"), SamplePictures.cameraJpeg(700, 500, 1, 22.3, 103.8, 1));
        Files.write(incoming.resolve("2.glb"), SampleModels.glb(3, json -> {}));
        Files.writeString(incoming.resolve(".DS_Store"), "ignored");

        Run first = ingest("--data-dir", data.toString(), "--target", "species/panax-notoginseng", "--title-vi", "Tam thất",
                "--licence", "CC-BY-4.0", incoming.toString());
        Run second = ingest("--data-dir", data.toString(), "--target", "species/panax-notoginseng", incoming.toString(), "--sweep");

        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("Ingested 2 files in").contains("2 stored, 0 linked, 0 unchanged, 0 failed");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("0 stored, 0 linked, 2 unchanged, 0 failed")
                .contains("Sweep: removed 0 orphan objects; 4 objects described; 0 described objects missing");
    }

    @Test
    void a_yaml_manifest_with_a_bad_row_exits_with_1_and_names_the_row() throws Exception {
        byte[] jpeg = SamplePictures.cameraJpeg(700, 500, 1, 22.3, 103.8, 2);
        Files.write(incoming.resolve("ok.jpg"), jpeg);
        Files.write(incoming.resolve("half.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        Files.writeString(incoming.resolve("media.yaml"), """
                media:
                  - file: ok.jpg
                    target: story/cho-phien-bac-ha
                    title_vi: Chợ phiên Bắc Hà
                    title_en: Bắc Hà market
                    creator: Giàng Seo Phử
                    licence: CC-BY-SA-4.0
                    date: 2022-08-14
                    place: Bắc Hà
                  - file: half.jpg
                    target: story/cho-phien-bac-ha
                """);

        Run run = ingest("--data-dir", data.toString(), incoming.resolve("media.yaml").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("1 stored, 0 linked, 0 unchanged, 1 failed")
                .contains("failed: media.yaml row 2 (half.jpg) — ");
    }

    @Test
    void a_manifest_with_an_unknown_column_is_refused_before_anything_is_stored() throws Exception {
        Files.writeString(incoming.resolve("media.csv"), "file,target,photographer\na.jpg,species/panax-notoginseng,Páo\n");
        Run run = ingest("--data-dir", data.toString(), incoming.resolve("media.csv").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("media.csv row 1: unknown column 'photographer'");
    }

    @Test
    void nothing_to_do_is_a_usage_error() {
        assertThat(ingest("--data-dir", data.toString()).code()).isEqualTo(2);
    }

    private record Run(int code, String out) {}

    private static Run ingest(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CommandLine command = new CommandLine(new IngestCommand(out));
        command.setErr(new java.io.PrintWriter(out, true));
        int code = command.execute(args);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
