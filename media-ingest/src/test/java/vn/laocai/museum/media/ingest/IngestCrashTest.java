package vn.laocai.museum.media.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.media.EmbeddedS3Server;
import vn.laocai.museum.media.ListedObject;
import vn.laocai.museum.media.S3MediaStore;
import vn.laocai.museum.media.samples.SampleModels;
import vn.laocai.museum.media.samples.SamplePictures;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/**
 * An ingest killed with SIGKILL in the middle of a batch, in a real child JVM, then run again:
 * the data directory ends exactly as after one clean run — the same objects, the same triples, no
 * orphan and no description of a missing object.
 */
class IngestCrashTest {

    private static final int PHOTOS = 10;

    @TempDir
    Path directory;

    @Test
    void a_batch_killed_midway_and_run_again_ends_as_one_clean_run() throws Exception {
        Path incoming = Files.createDirectories(directory.resolve("incoming"));
        for (int i = 0; i < PHOTOS; i++) {
            Files.write(incoming.resolve("photo-" + i + ".jpg"), SamplePictures.cameraJpeg(2000, 1500, 1 + i % 8, 22.3, 103.8, i));
        }
        Files.write(incoming.resolve("model.glb"), SampleModels.glb(40, json -> {}));

        Path clean = seeded("clean");
        assertThat(child(clean, incoming).waitFor(120, TimeUnit.SECONDS)).isTrue();

        Path crashed = seeded("crashed");
        Process doomed = child(crashed, incoming);
        // Kill once some objects are stored but the batch is far from done: between a put and its graph write, most likely.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (objectFiles(crashed) < 9 && doomed.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(doomed.isAlive()).as("the child must still be working when it is killed").isTrue();
        doomed.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of TDB2 or the S3 server
        doomed.waitFor(30, TimeUnit.SECONDS);

        State afterCrash = state(crashed);
        assertThat(afterCrash.missing()).as("no description points to a missing object").isEmpty();

        Process rerun = child(crashed, incoming);
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).isZero();
        assertThat(Files.readString(log(crashed))).as("the re-run skips what the killed run finished and does the rest")
                .containsPattern("Ingested 11 files in [0-9.]+ s: [1-9][0-9]* stored, 0 linked, [1-9][0-9]* unchanged, 0 failed");

        State expected = state(clean);
        State actual = state(crashed);
        assertThat(actual.objects()).isEqualTo(expected.objects());
        assertThat(actual.objects()).as("each photo: the original and two renditions (1280, 320); the model and its poster").hasSize(PHOTOS * 3 + 2);
        assertThat(actual.referenced()).isEqualTo(actual.objects());
        assertThat(actual.graph().isIsomorphicWith(expected.graph())).isTrue();
    }

    private Path seeded(String name) {
        Path data = directory.resolve(name);
        MuseumFixture.graph(data.resolve("graph")).close();
        return data;
    }

    private Process child(Path data, Path incoming) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestCommand.class.getName(),
                "--data-dir", data.toString(), "--threads", "1", "--target", "species/panax-notoginseng", incoming.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(data).toFile()).start();
    }

    private Path log(Path data) {
        return directory.resolve(data.getFileName() + ".log");
    }

    private static long objectFiles(Path data) throws IOException {
        Path objects = data.resolve("media").resolve("museum-media").resolve("sha256");
        if (!Files.isDirectory(objects)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(objects)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private record State(Set<String> objects, Set<String> referenced, Set<String> missing, Model graph) {}

    private static State state(Path data) throws Exception {
        try (EmbeddedS3Server server = EmbeddedS3Server.start(data.resolve("media"), 0, "check", "check-secret-key");
                S3MediaStore media = S3MediaStore.connect(server.settings("museum-media"));
                Tdb2GraphStore graph = Tdb2GraphStore.open(data.resolve("graph"))) {
            Set<String> objects = media.list().stream().map(ListedObject::key).collect(Collectors.toSet());
            Set<String> referenced = OrphanSweep.referencedKeys(graph);
            Set<String> missing = referenced.stream().filter(key -> !objects.contains(key)).collect(Collectors.toSet());
            Model model = graph.construct(MuseumGraph.PUBLIC, QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"),
                    java.util.Map.of());
            return new State(objects, referenced, missing, model);
        }
    }
}
