package vn.laocai.museum.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trace codes under load and the six-monthly report: starts the production jar on an empty data
 * directory (the corpus with its sample lots loads on start), then times the first HTML of trace
 * pages — which runs the trace view on the server — and their EPCIS JSON-LD with 50 visitors
 * scanning at once, beside the same scans made one at a time; then the report as PDF and CSV.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Trace page and EPCIS times under concurrent scans; six-monthly report generation time.")
final class TraceBench implements Callable<Integer> {

    /** The sample lots' codes: four that trace, one withdrawn. */
    static final List<String> CODES = List.of("/01/02000000000015/10/TDQ-2503-01", "/01/02000000000022/10/DQ-2412-07",
            "/01/02000000000039/10/ACT-2502-03", "/01/02000000000053/10/VQ-2209-01", "/01/02000000000046/10/TT-2310-02");

    @Option(names = "--jar", description = "The production jar to start (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("museum-app/target/museum-app.jar");

    @Option(names = "--concurrency", description = "Visitors scanning at once (default: ${DEFAULT-VALUE}).")
    int concurrency = 50;

    @Option(names = "--scans", description = "Scans timed per phase (default: ${DEFAULT-VALUE}).")
    int scans = 2000;

    @Option(names = "--reports", description = "Reports generated and timed (default: ${DEFAULT-VALUE}).")
    int reports = 20;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            System.err.println("No jar at " + jar.toAbsolutePath() + "; build it first (./museum build).");
            return 2;
        }
        Path work = Files.createTempDirectory("museum-trace-bench-");
        try (RunningPeer museum = new MuseumLauncher(jar).start(Files.createDirectories(work.resolve("data")), "museum",
                Duration.ofSeconds(10), 10_000)) {
            String base = museum.peer().endpoint().toString().replaceFirst("/sparql$", "");
            // Warm-up: the JIT, Vaadin's first session and the graph's caches.
            time(base, "", 200, 10);
            time(base, "/epcis.jsonld", 200, 10);
            System.out.printf("Trace pages: %d scans of %d codes (4 that trace, 1 withdrawn: 410)%n", scans, CODES.size());
            print("first HTML, " + concurrency + " at once", time(base, "", scans, concurrency));
            print("first HTML, one at a time", time(base, "", scans / 4, 1));
            print("EPCIS JSON-LD, " + concurrency + " at once", time(base, "/epcis.jsonld", scans, concurrency));
            print("EPCIS JSON-LD, one at a time", time(base, "/epcis.jsonld", scans / 4, 1));
            System.out.printf("Six-monthly report, %d runs one at a time%n", reports);
            print("report PDF", report(base + "/stats/report.pdf?date=2026-05-20"));
            print("report CSV (targets)", report(base + "/stats/report-targets.csv?date=2026-05-20"));
            System.out.printf("resident memory of the museum after the runs: %d MiB%n", museum.process().residentKb() / 1024);
        } finally {
            delete(work);
        }
        return 0;
    }

    /** Milliseconds per request, and the wall time of the whole phase as the last element. */
    private double[] time(String base, String suffix, int count, int threads) throws Exception {
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                URI uri = URI.create(base + CODES.get(i % CODES.size()) + suffix);
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200 && response.statusCode() != 410) {
                        throw new IllegalStateException(uri + " answered " + response.statusCode());
                    }
                    times.add((System.nanoTime() - start) / 1e6);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        double wall = (System.nanoTime() - started) / 1e6;
        double[] result = new double[times.size() + 1];
        for (int i = 0; i < times.size(); i++) {
            result[i] = times.get(i);
        }
        result[times.size()] = wall;
        return result;
    }

    private double[] report(String url) throws Exception {
        double[] result = new double[reports + 1];
        long started = System.nanoTime();
        for (int i = 0; i < reports; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            result[i] = (System.nanoTime() - start) / 1e6;
        }
        result[reports] = (System.nanoTime() - started) / 1e6;
        return result;
    }

    private static void print(String label, double[] timesAndWall) {
        double[] times = Arrays.copyOf(timesAndWall, timesAndWall.length - 1);
        double wall = timesAndWall[timesAndWall.length - 1];
        Arrays.sort(times);
        System.out.printf("  %-32s median %7.1f ms  p95 %7.1f ms  max %7.1f ms  %7.1f requests/s%n", label,
                times[times.length / 2], times[(int) Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)],
                times[times.length - 1], times.length / (wall / 1000));
    }

    private static void delete(Path directory) throws java.io.IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
