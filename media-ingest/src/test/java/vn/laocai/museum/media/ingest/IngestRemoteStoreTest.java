package vn.laocai.museum.media.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.museum.media.ingest.MuseumFixture.TAM_THAT;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.laocai.museum.media.EmbeddedS3Server;
import vn.laocai.museum.media.ListedObject;
import vn.laocai.museum.media.S3MediaStore;
import vn.laocai.museum.media.samples.SampleModels;
import vn.laocai.museum.media.samples.SamplePictures;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.RemoteGraphStore;

/** {@code ingest} writing its descriptions to a real Fuseki server over SPARQL Update, as the museum can be pointed at one. */
class IngestRemoteStoreTest {

    @TempDir
    Path directory;

    private final AtomicBoolean refuseUpdates = new AtomicBoolean();
    private FusekiServer fuseki;
    private URI dataset;
    private GraphStore remote;
    private Path data;
    private Path incoming;

    @BeforeEach
    void start() throws Exception {
        // A store that can be told to refuse writes, as one that is full or read-only does.
        Filter refusing = (request, response, chain) -> {
            if (refuseUpdates.get() && ((HttpServletRequest) request).getRequestURI().endsWith("/update")) {
                ((HttpServletResponse) response).sendError(503, "refusing updates");
                return;
            }
            chain.doFilter(request, response);
        };
        fuseki = FusekiServer.create().port(0).loopback(true).add("/museum", DatasetGraphFactory.createTxnMem())
                .addFilter("/*", refusing).build().start();
        dataset = URI.create("http://127.0.0.1:" + fuseki.getHttpPort() + "/museum");
        remote = RemoteGraphStore.connect(dataset);
        MuseumFixture.seed(remote);
        data = directory.resolve("data");
        incoming = Files.createDirectories(directory.resolve("incoming"));
    }

    @AfterEach
    void stop() {
        remote.close();
        fuseki.stop();
    }

    @Test
    void a_batch_is_described_in_the_remote_store_and_a_bad_file_leaves_nothing_there() throws Exception {
        byte[] photo = SamplePictures.cameraJpeg(900, 600, 1, 22.3, 103.8, 1);
        byte[] model = SampleModels.glb(3, json -> {});
        Files.write(incoming.resolve("ruong.jpg"), photo);
        Files.write(incoming.resolve("cu.glb"), model);
        Files.write(incoming.resolve("hong.jpg"), Arrays.copyOf(photo, photo.length / 2));

        Run run = ingest("--graph-sparql-url", dataset.toString(), "--data-dir", data.toString(),
                "--target", "species/panax-notoginseng", "--title-vi", "Tam thất", "--creator", "Hoàng Văn Páo",
                "--licence", "CC-BY-4.0", incoming.toString());

        assertThat(run.code()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("2 stored, 0 linked, 0 unchanged, 1 failed").contains("hong.jpg — ");
        assertThat(describedMedia()).containsExactlyInAnyOrder(
                vn.laocai.museum.ontology.MuseumVocab.mediaIri(IngestPipeline.sha256(photo)),
                vn.laocai.museum.ontology.MuseumVocab.mediaIri(IngestPipeline.sha256(model)));
        assertThat(describedMedia()).doesNotContain(
                vn.laocai.museum.ontology.MuseumVocab.mediaIri(IngestPipeline.sha256(Arrays.copyOf(photo, photo.length / 2))));
        assertThat(Files.exists(data.resolve("graph"))).as("no TDB2 graph is made beside the remote one").isFalse();
        assertThat(storedKeys()).isEqualTo(OrphanSweep.referencedKeys(remote));
    }

    @Test
    void items_whose_description_the_store_refuses_leave_no_objects_and_no_triples() throws Exception {
        Files.write(incoming.resolve("first.jpg"), SamplePictures.cameraJpeg(700, 500, 1, 22.3, 103.8, 2));
        assertThat(ingest("--graph-sparql-url", dataset.toString(), "--data-dir", data.toString(),
                "--target", "species/panax-notoginseng", "--licence", "CC-BY-4.0", incoming.resolve("first.jpg").toString()).code())
                .isZero();
        long triples = remote.size(MuseumGraph.PUBLIC);
        Set<String> keysBefore = storedKeys();

        refuseUpdates.set(true);
        Files.write(incoming.resolve("second.jpg"), SamplePictures.cameraJpeg(800, 600, 1, 22.3, 103.8, 3));
        Files.write(incoming.resolve("third.glb"), SampleModels.glb(4, json -> {}));
        Run refused = ingest("--graph-sparql-url", dataset.toString(), "--data-dir", data.toString(),
                "--target", "species/panax-notoginseng", "--licence", "CC-BY-4.0",
                incoming.resolve("second.jpg").toString(), incoming.resolve("third.glb").toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).contains("0 stored, 0 linked, 0 unchanged, 2 failed");
        assertThat(remote.size(MuseumGraph.PUBLIC)).isEqualTo(triples);
        assertThat(storedKeys()).as("the objects stored before the refused write are removed").isEqualTo(keysBefore);
    }

    @Test
    void an_unreachable_store_is_named_and_nothing_is_stored() throws Exception {
        Files.write(incoming.resolve("a.jpg"), SamplePictures.cameraJpeg(300, 200, 1, 22.3, 103.8, 4));
        fuseki.stop();

        Run run = ingest("--graph-sparql-url", dataset.toString(), "--data-dir", data.toString(),
                "--target", "species/panax-notoginseng", incoming.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("Cannot read the graph at " + dataset);
        assertThat(storedKeys()).isEmpty();
    }

    private List<String> describedMedia() {
        return remote.select(MuseumGraph.PUBLIC, QueryFactory.create(
                        "SELECT ?m WHERE { ?m <https://schema.org/about> <" + TAM_THAT + "> ; <https://w3id.org/laocai-herbs/ns#objectKey> ?key }"),
                        Map.of()).stream()
                .map(row -> row.getResource("m").getURI()).toList();
    }

    /** The keys in the bucket the command used, read through a fresh embedded S3 server on its directory. */
    private Set<String> storedKeys() throws Exception {
        try (EmbeddedS3Server server = EmbeddedS3Server.start(data.resolve("media"), 0, "check", "check-secret-key");
             S3MediaStore store = S3MediaStore.connect(server.settings("museum-media"))) {
            return store.list().stream().map(ListedObject::key).collect(Collectors.toSet());
        }
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
