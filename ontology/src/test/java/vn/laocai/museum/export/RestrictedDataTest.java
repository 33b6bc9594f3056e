package vn.laocai.museum.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** The fixture secrets sit in the RESTRICTED graph; no export may hold a word of them. */
class RestrictedDataTest {

    @TempDir
    Path directory;

    private Tdb2GraphStore store;

    @BeforeEach
    void open() {
        store = ExportFixtures.store(directory.resolve("graph"));
        assertThat(store.size(MuseumGraph.RESTRICTED)).isEqualTo(18);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void no_file_of_the_darwin_core_archive_holds_restricted_data() {
        ExportFixtures.archive(store).forEach((name, text) ->
                assertThat(text).as(name).doesNotContainIgnoringCase("secret"));
    }

    @Test
    void neither_dump_holds_restricted_data() throws IOException {
        PublicDumps dumps = new DumpCache(store, directory.resolve("dumps"), Clock.systemUTC()).current();
        for (DumpFile file : dumps.files()) {
            assertThat(gunzip(file.path())).as(file.name()).doesNotContainIgnoringCase("secret");
        }
    }

    @Test
    void the_dataset_description_holds_restricted_data_nowhere() {
        PublicDumps dumps = new DumpCache(store, directory.resolve("dumps"), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).current();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, new DatasetDescription(store).describe(ExportFixtures.BASE_URL, dumps), Lang.TURTLE);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContainIgnoringCase("secret")
                .contains("void:entities", "4");
    }

    static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
