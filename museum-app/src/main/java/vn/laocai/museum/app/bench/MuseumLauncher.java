package vn.laocai.museum.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Starts the museum's production jar on a free port over a given data directory. */
final class MuseumLauncher {

    private final Path jar;

    MuseumLauncher(Path jar) {
        this.jar = jar;
    }

    /**
     * @param timeout the endpoint's query time limit
     * @param maxRows the endpoint's row cap; the benchmark sets it above any answer so nothing is cut
     */
    RunningPeer start(Path dataDir, String label, Duration timeout, int maxRows) throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/sparql");
        List<String> arguments = List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--museum.data-dir=" + dataDir.toAbsolutePath(),
                "--museum.sparql.timeout=" + timeout.toMillis() + "ms",
                "--museum.sparql.max-rows=" + maxRows);
        ServerProcess process = ServerProcess.start(label, arguments, dataDir,
                dataDir.resolve(label.replaceAll("\\W+", "-") + ".log"), ready(endpoint));
        return new RunningPeer(new SparqlPeer(label, endpoint, QueryMix.GraphClause.DEFAULT), process);
    }

    static URI ready(URI endpoint) {
        return URI.create(endpoint + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
    }
}
