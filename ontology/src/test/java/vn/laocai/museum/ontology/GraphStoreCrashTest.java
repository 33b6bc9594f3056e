package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer process killed with SIGKILL in the middle of a transaction leaves the last committed state. */
class GraphStoreCrashTest {

    @TempDir
    Path directory;

    @Test
    void a_writer_killed_midway_leaves_the_previous_state_intact() throws Exception {
        long before;
        try (Tdb2GraphStore store = Fixtures.storeWithSpecies(directory)) {
            before = store.size(MuseumGraph.PUBLIC);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), directory.toString())
                .redirectErrorStream(true)
                .start();
        List<String> said = new CopyOnWriteArrayList<>();
        CountDownLatch writing = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    said.add(line);
                    if (line.equals("writing")) {
                        writing.countDown();
                    }
                }
            } catch (IOException e) {
                // the stream ends when the process is killed
            }
        });
        assertThat(writing.await(60, TimeUnit.SECONDS)).as("the writer process started a transaction").isTrue();
        Thread.sleep(150);
        boolean committedBeforeKill = said.contains("committed");
        writer.destroyForcibly();
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);

        try (Tdb2GraphStore reopened = Tdb2GraphStore.open(directory)) {
            long after = reopened.size(MuseumGraph.PUBLIC);
            // Either the kill came before the first commit (the fixtures are intact) or after one
            // (the full replacement); never a half-written graph.
            assertThat(after).isIn(before, (long) CrashingWriter.TRIPLES);
            if (!said.contains("committed")) {
                assertThat(after).as("killed inside the first transaction").isEqualTo(before);
                assertThat(new SpeciesCatalog(reopened).find("panax-notoginseng", "vi")).isPresent();
            } else if (committedBeforeKill) {
                assertThat(after).isEqualTo(CrashingWriter.TRIPLES);
            }
        }
    }
}
