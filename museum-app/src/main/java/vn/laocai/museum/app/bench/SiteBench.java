package vn.laocai.museum.app.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.laocai.museum.media.MediaContent;
import vn.laocai.museum.media.S3MediaStore;
import vn.laocai.museum.media.S3Settings;

/**
 * The visitor site under many clients at once, against the production jar on the shipped corpus.
 * Each simulated visitor is browserless: it fetches a species page (the first HTML, with its
 * server-side rendering), then does what Vaadin's client script does — creates the UI
 * ({@code ?v-r=init}) and navigates it to the page (a {@code ui-navigate} event), which builds the
 * view on the server; the first HTML is the peer. Under load the visitors come two ways side by
 * side: sessions of readers who pause on each page ({@link PacedVisitors}), and the same number
 * who never pause (the queue of a saturated machine). Then the heap one idle visitor's session
 * keeps, and media requests through the app next to the same objects read straight from the S3
 * server by minio-java.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Species page render time under 50 reading visitors and 50 who never pause, heap per idle session, media latency.")
final class SiteBench implements Callable<Integer> {

    private static final Pattern SPECIES = Pattern.compile("<loc>[^<]*?/(species/[^<]+)</loc>");
    private static final Pattern KEY = Pattern.compile("\"(sha256/[0-9a-f]{2}/[0-9a-f]{64}\\.(?:png|jpg|glb))\"");
    /** Seconds the server is watched with nobody asking, for its own CPU time. */
    private static final int IDLE_SECONDS = 10;
    private static final String ACCESS_KEY = "bench-access";
    private static final String SECRET_KEY = "bench-secret-key-0123";

    @Option(names = "--jar", description = "The production jar to start (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("museum-app/target/museum-app.jar");

    @Option(names = "--clients", description = "Visitors at once (default: ${DEFAULT-VALUE}).")
    int clients = 50;

    @Option(names = "--visits", description = "Species page visits timed under load (default: ${DEFAULT-VALUE}).")
    int visits = 2000;

    @Option(names = "--reading-seconds", description = "Mean time a reading visitor spends on a page (default: ${DEFAULT-VALUE}).")
    double readingSeconds = 4;

    @Option(names = "--duration", description = "Seconds the reading visitors are timed for (default: ${DEFAULT-VALUE}).")
    int durationSeconds = 60;

    @Option(names = "--seed", description = "Seed of the reading times and pages (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--sessions", description = "Idle sessions for the heap figure (default: ${DEFAULT-VALUE}).")
    int sessions = 1000;

    @Option(names = "--paints", description = "Page loads in headless Chromium for the paint times (default: ${DEFAULT-VALUE}; 0 skips).")
    int paints = 9;

    @Option(names = "--media-requests", description = "Media requests timed under load, each way (default: ${DEFAULT-VALUE}).")
    int mediaRequests = 2000;

    /** The museum under test, for its CPU time; set once it is up. */
    private ProcessHandle server;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            System.err.println("No jar at " + jar.toAbsolutePath() + "; build it first (./museum build).");
            return 2;
        }
        Path data = Files.createTempDirectory("museum-site-bench-");
        int port = ServerProcess.freePort();
        int s3Port = ServerProcess.freePort();
        URI base = URI.create("http://127.0.0.1:" + port);
        List<String> arguments = List.of("-Xmx1g", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--museum.data-dir=" + data.resolve("data"), "--museum.media.embedded-port=" + s3Port,
                "--museum.media.access-key=" + ACCESS_KEY, "--museum.media.secret-key=" + SECRET_KEY,
                "--management.endpoints.web.exposure.include=health,metrics");
        try (ServerProcess museum = ServerProcess.start("museum", arguments, data, data.resolve("museum.log"), base.resolve("/"))) {
            server = ProcessHandle.of(museum.pid()).orElseThrow();
            List<String> pages = pages(base);
            System.out.printf("site bench: %d species pages, %d clients at once, heap limit 1 GiB%n", pages.size(), clients);
            visit(base, pages, 200, clients); // warm-up: JIT, caches
            heapPerSession(base, museum, pages);
            renderOneAtATime(base, pages);
            renderUnderLoad(base, pages);
            mediaUnderLoad(base, s3Port);
            paintInChromium(base);
            return 0;
        } finally {
            MediaBench.delete(data);
        }
    }

    private void heapPerSession(URI base, ServerProcess museum, List<String> pages) throws Exception {
        long before = heapAfterGc(base, museum);
        visit(base, pages, sessions, clients);
        long after = heapAfterGc(base, museum);
        System.out.printf("heap per idle session after %d visitor sessions: %.0f KB (heap %.0f MB before, %.0f MB after, after a full GC)%n",
                sessions, (after - before) / 1024.0 / sessions, before / 1e6, after / 1e6);
    }

    private void renderOneAtATime(URI base, List<String> pages) throws Exception {
        Timings timings = visit(base, pages, 200, 1);
        System.out.printf("species page, 200 visits one at a time (the server's own time, no queue):%n");
        System.out.printf("  live view built on the server (init+nav)   median %6.1f ms   p95 %6.1f ms%n",
                timings.median(timings.live), timings.p95(timings.live));
        System.out.printf("  first HTML with server rendering (peer)    median %6.1f ms   p95 %6.1f ms%n",
                timings.median(timings.first), timings.p95(timings.first));
        System.out.printf("  server CPU per visit (both requests)       %6.1f ms%n", timings.cpuPerVisit());
    }

    /**
     * The species page under 50 sessions alive at once, two ways, printed side by side: visitors who
     * read each page for a while (seeded exponential reading times) during a fixed time, and the same
     * number of visitors who never pause — the latter is the queue of a saturated machine, not what
     * 50 readers feel.
     */
    private void renderUnderLoad(URI base, List<String> pages) throws Exception {
        // What the server spends with nobody asking (timers, GC, the S3 server inside it), counted apart
        // from the readers' visits, which are few for the time they take.
        Duration idleBefore = cpu();
        Thread.sleep(Duration.ofSeconds(IDLE_SECONDS));
        double idlePerSecond = cpu().minus(idleBefore).toNanos() / 1e6 / IDLE_SECONDS;
        Duration cpuBefore = cpu();
        long started = System.nanoTime();
        List<SpeciesVisit.Times> read = new PacedVisitors(clients, Duration.ofMillis(Math.round(readingSeconds * 1000)), seed)
                .run(base, pages, Duration.ofSeconds(durationSeconds));
        Timings paced = new Timings(read.size());
        for (int i = 0; i < read.size(); i++) {
            paced.first[i] = read.get(i).firstHtml();
            paced.live[i] = read.get(i).liveView();
        }
        paced.seconds = (System.nanoTime() - started) / 1e9;
        paced.cpuMillis = cpu().minus(cpuBefore).toNanos() / 1e6;
        Timings saturated = visit(base, pages, visits, clients);
        System.out.printf("species page, %d sessions alive at once:%n", clients);
        System.out.printf("  %-44s %-30s %s%n", "", "reading (mean %.0f s, %d s)".formatted(readingSeconds, durationSeconds),
                "no pause (%d visits)".formatted(visits));
        row("visits, visits/s", "%d, %.1f/s".formatted(paced.first.length, paced.first.length / paced.seconds),
                "%d, %.1f/s".formatted(visits, visits / saturated.seconds));
        row("first HTML median / p95", medianP95(paced, paced.first), medianP95(saturated, saturated.first));
        row("live view (init+nav) median / p95", medianP95(paced, paced.live), medianP95(saturated, saturated.live));
        row("server CPU per visit", "%.1f ms".formatted(paced.cpuPerVisit()), "%.1f ms".formatted(saturated.cpuPerVisit()));
        row("  less the idle server's %.1f ms/s".formatted(idlePerSecond),
                "%.1f ms".formatted((paced.cpuMillis - idlePerSecond * paced.seconds) / Math.max(1, paced.first.length)),
                "%.1f ms".formatted((saturated.cpuMillis - idlePerSecond * saturated.seconds) / visits));
        System.out.printf("  (no pause: every visitor asks its next page the moment the last one arrives; on %d cores that measures the queue)%n",
                Runtime.getRuntime().availableProcessors());
    }

    private static void row(String what, String paced, String saturated) {
        System.out.printf("  %-44s %-30s %s%n", what, paced, saturated);
    }

    private static String medianP95(Timings timings, double[] values) {
        return values.length == 0 ? "-" : "%.1f / %.1f ms".formatted(timings.median(values), timings.p95(values));
    }

    private void mediaUnderLoad(URI base, int s3Port) throws Exception {
        List<String> keys = mediaKeys(base);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        S3Settings settings = new S3Settings(URI.create("http://127.0.0.1:" + s3Port), "us-east-1", "museum-media", ACCESS_KEY, SECRET_KEY);
        try (S3MediaStore store = S3MediaStore.connect(settings)) {
            double[] app = load(mediaRequests, i -> {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve("/media/" + keys.get(i % keys.size()))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                require(response.statusCode() == 200, "media answered " + response.statusCode());
            });
            double[] direct = load(mediaRequests, i -> {
                try (MediaContent content = store.get(keys.get(i % keys.size())).orElseThrow()) {
                    content.stream().readAllBytes();
                }
            });
            System.out.printf("media objects (%d pictures, posters and models), %d requests by %d clients at once:%n", keys.size(),
                    mediaRequests, clients);
            System.out.printf("  through the app (/media/…)                 median %6.1f ms   p95 %6.1f ms%n", median(app), p95(app));
            System.out.printf("  straight from the S3 server (peer)         median %6.1f ms   p95 %6.1f ms%n", median(direct), p95(direct));
            System.out.printf("  ratio app / S3: median %.2fx, p95 %.2fx%n", median(app) / median(direct), p95(app) / p95(direct));
        }
    }

    /** Visitors, {@code atOnce} at a time, each with its own cookie jar (so its own session) opening one species page. */
    private Timings visit(URI base, List<String> pages, int count, int atOnce) throws Exception {
        Timings timings = new Timings(count);
        long started = System.nanoTime();
        Duration cpuBefore = cpu();
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(atOnce)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < atOnce; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        visitOne(base, pages.get(i % pages.size()), timings, i);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        timings.seconds = (System.nanoTime() - started) / 1e9;
        timings.cpuMillis = cpu().minus(cpuBefore).toNanos() / 1e6;
        return timings;
    }

    /**
     * The museum's CPU time so far (every thread, user and system): what a visit costs the server
     * whatever else runs on the machine, where latencies depend on the load beside it.
     */
    private Duration cpu() {
        return server == null ? Duration.ZERO : server.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static void visitOne(URI base, String page, Timings timings, int i) throws IOException, InterruptedException {
        HttpClient visitor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
        try (visitor) {
            SpeciesVisit.Times times = SpeciesVisit.open(visitor, base, page);
            timings.first[i] = times.firstHtml();
            timings.live[i] = times.liveView();
        }
    }

    private double[] load(int count, Request request) throws Exception {
        double[] millis = new double[count];
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        request.run(i);
                        millis[i] = (System.nanoTime() - t0) / 1e6;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        return millis;
    }

    /**
     * First and largest paint of a species page in headless Chromium (phone size, empty cache), and
     * when its live view has taken over; the peer is a static page of the museum (its 404 page,
     * no script) loaded the same way.
     */
    private void paintInChromium(URI base) throws Exception {
        if (paints <= 0) {
            return;
        }
        URI species = base.resolve("/species/panax-notoginseng");
        URI still = base.resolve("/error/404.html");
        List<ChromiumPaint.Visit> page = new ArrayList<>();
        List<ChromiumPaint.Visit> peer = new ArrayList<>();
        try (ChromiumPaint chromium = ChromiumPaint.start()) {
            chromium.visit(species, "vaadin-app-layout .museum-names"); // warm-up
            for (int i = 0; i < paints; i++) {
                page.add(chromium.visit(species, "vaadin-app-layout .museum-names"));
                peer.add(chromium.visit(still, "h1"));
            }
        }
        System.out.printf("species page in headless Chromium, %d loads, phone size, empty cache (median, ms from navigation):%n", paints);
        System.out.printf("  species page    first paint %6.0f   first contentful %6.0f   largest contentful %6.0f   live view ready %6.0f%n",
                median(page, ChromiumPaint.Visit::firstPaint), median(page, ChromiumPaint.Visit::firstContentfulPaint),
                median(page, ChromiumPaint.Visit::largestContentfulPaint), median(page, ChromiumPaint.Visit::ready));
        System.out.printf("  static page (peer)  first paint %6.0f   first contentful %6.0f   largest contentful %6.0f%n",
                median(peer, ChromiumPaint.Visit::firstPaint), median(peer, ChromiumPaint.Visit::firstContentfulPaint),
                median(peer, ChromiumPaint.Visit::largestContentfulPaint));
        System.out.printf("  ratio species / static: first contentful %.2fx, largest contentful %.2fx%n",
                median(page, ChromiumPaint.Visit::firstContentfulPaint) / median(peer, ChromiumPaint.Visit::firstContentfulPaint),
                median(page, ChromiumPaint.Visit::largestContentfulPaint) / median(peer, ChromiumPaint.Visit::largestContentfulPaint));
    }

    private static double median(List<ChromiumPaint.Visit> visits, ToDoubleFunction<ChromiumPaint.Visit> figure) {
        return median(visits.stream().mapToDouble(figure).toArray());
    }

    private static List<String> pages(URI base) throws IOException, InterruptedException {
        String sitemap = get(base.resolve("/sitemap.xml"));
        List<String> pages = new ArrayList<>();
        Matcher matcher = SPECIES.matcher(sitemap);
        while (matcher.find()) {
            pages.add(matcher.group(1));
        }
        require(!pages.isEmpty(), "the sitemap lists no species page");
        return pages;
    }

    /** The object keys of the public pictures and models, asked of the public SPARQL endpoint. */
    private static List<String> mediaKeys(URI base) throws IOException, InterruptedException {
        String query = "PREFIX herb: <https://w3id.org/laocai-herbs/ns#> SELECT DISTINCT ?key WHERE { ?m herb:objectKey ?key }";
        String json = get(base.resolve("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        List<String> keys = new ArrayList<>();
        Matcher matcher = KEY.matcher(json);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        require(!keys.isEmpty(), "the graph describes no media");
        return keys;
    }

    private static long heapAfterGc(URI base, ServerProcess museum) throws IOException, InterruptedException {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        for (int i = 0; i < 2; i++) {
            Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(museum.pid()), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            require(gc.waitFor() == 0, "jcmd GC.run failed");
        }
        String json = get(base.resolve("/actuator/metrics/jvm.memory.used?tag=area:heap"));
        Matcher value = Pattern.compile("\"statistic\":\"VALUE\",\"value\":([0-9.E+]+)").matcher(json);
        require(value.find(), "no heap figure in " + json);
        return (long) Double.parseDouble(value.group(1));
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            require(response.statusCode() == 200, uri + " answered " + response.statusCode());
            return response.body();
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double p95(double[] values) {
        return percentile(values, 0.95);
    }

    private static double percentile(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
    }

    private interface Request {
        void run(int i) throws Exception;
    }

    private static final class Timings {
        final double[] first;
        final double[] live;
        double seconds;
        double cpuMillis;

        Timings(int count) {
            first = new double[count];
            live = new double[count];
        }

        double median(double[] values) {
            return SiteBench.median(values);
        }

        double p95(double[] values) {
            return SiteBench.p95(values);
        }

        double cpuPerVisit() {
            return cpuMillis / first.length;
        }
    }
}
