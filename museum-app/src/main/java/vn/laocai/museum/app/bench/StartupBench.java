package vn.laocai.museum.app.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the museum's start to its first page, cold (empty data directory: content is loaded,
 * placeholders stored, index built) and warm (same directory again), and reads the JVM's resident
 * memory once the page is served. Prints the warm start as the peer of the cold one.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Cold and warm start of the production jar to its first page, and resident memory.")
final class StartupBench implements Callable<Integer> {

    @Option(names = "--jar", description = "The production jar to start (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("museum-app/target/museum-app.jar");

    @Option(names = "--runs", description = "Cold and warm starts each (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            System.err.println("No jar at " + jar.toAbsolutePath() + "; build it first (./museum build).");
            return 2;
        }
        List<Start> cold = new ArrayList<>();
        List<Start> warm = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path data = Files.createTempDirectory("museum-bench-");
            try {
                cold.add(start(data));
                warm.add(start(data));
            } finally {
                delete(data);
            }
        }
        print("cold start (empty data dir)", cold);
        print("warm start (data dir filled)", warm);
        System.out.printf("ratio cold/warm (median): %.2fx%n", median(cold) / median(warm));
        return 0;
    }

    private record Start(double seconds, long residentKb) {}

    private Start start(Path data) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port,
                "--museum.data-dir=" + data)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app.log").toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            URI home = URI.create("http://127.0.0.1:" + port + "/");
            long deadline = started + Duration.ofMinutes(3).toNanos();
            while (!servesPage(home)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The museum did not serve its first page; see " + data.resolve("app.log"));
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Start(seconds, residentKb(process.pid()));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private boolean servesPage(URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("<html");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static void print(String label, List<Start> starts) {
        System.out.printf("%-30s median %.2f s (runs: %s), resident memory median %d MiB%n", label, median(starts),
                starts.stream().map(s -> String.format("%.2f", s.seconds())).toList(),
                starts.stream().mapToLong(Start::residentKb).sorted().toArray()[starts.size() / 2] / 1024);
    }

    private static double median(List<Start> starts) {
        double[] sorted = starts.stream().mapToDouble(Start::seconds).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
