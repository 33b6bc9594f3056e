package vn.laocai.museum.app.bench;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paint times of a page in a real headless Chromium, read from the page's own Paint Timing and
 * Largest Contentful Paint entries through the DevTools protocol (a WebSocket; no driver needed).
 * Each visit opens a fresh tab with an empty cache, loads the page, waits for a CSS selector that
 * says the live view has taken over, and reports first paint, first contentful paint, largest
 * contentful paint and that moment, all in milliseconds since navigation started.
 *
 * <pre>{@code
 * try (ChromiumPaint chromium = ChromiumPaint.start()) {
 *     ChromiumPaint.Visit visit = chromium.visit(URI.create("http://localhost:8080/species/panax-notoginseng"), ".museum-names");
 * }
 * }</pre>
 */
final class ChromiumPaint implements AutoCloseable {

    /** One page load: milliseconds from navigation start; {@code ready} is when the selector first matched. */
    record Visit(double firstPaint, double firstContentfulPaint, double largestContentfulPaint, double ready) {}

    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final String PAINTS = """
            new Promise(done => {
              const paint = name => (performance.getEntriesByName(name)[0] || {startTime: -1}).startTime;
              new PerformanceObserver(list => {
                const entries = list.getEntries();
                done(JSON.stringify({fp: paint('first-paint'), fcp: paint('first-contentful-paint'),
                                     lcp: entries[entries.length - 1].startTime}));
              }).observe({type: 'largest-contentful-paint', buffered: true});
              setTimeout(() => done(JSON.stringify({fp: paint('first-paint'), fcp: paint('first-contentful-paint'), lcp: -1})), 2000);
            })""";

    private final Process chromium;
    private final Path profile;
    private final URI devtools;
    private final HttpClient http = HttpClient.newHttpClient();

    private ChromiumPaint(Process chromium, Path profile, URI devtools) {
        this.chromium = chromium;
        this.profile = profile;
        this.devtools = devtools;
    }

    /** Starts the machine's Chromium ({@code CHROME_PATH}, else {@code /usr/bin/chromium}) headless, at a 412×915 phone size. */
    static ChromiumPaint start() throws IOException, InterruptedException {
        String binary = System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(binary))) {
            throw new IOException("No Chromium at " + binary + " (set CHROME_PATH)");
        }
        Path profile = Files.createTempDirectory("museum-paint-");
        Process process = new ProcessBuilder(binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=412,915",
                "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (String line = output.readLine(); line != null && System.nanoTime() < deadline; line = output.readLine()) {
            Matcher found = DEVTOOLS.matcher(line);
            if (found.find()) {
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "chromium-output");
                drain.setDaemon(true);
                drain.start();
                URI browser = URI.create(found.group(1));
                return new ChromiumPaint(process, profile, URI.create("http://" + browser.getHost() + ":" + browser.getPort()));
            }
        }
        process.destroyForcibly();
        throw new IOException("Chromium did not open its DevTools port");
    }

    /** Loads {@code page} in a fresh tab with an empty cache and reads its paint times. */
    Visit visit(URI page, String readySelector) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(devtools.resolve("/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject target = JsonParser.parseString(created.body()).getAsJsonObject();
        String id = target.get("id").getAsString();
        try (Tab tab = new Tab(http, URI.create(target.get("webSocketDebuggerUrl").getAsString()))) {
            tab.call("Network.enable", Map.of());
            tab.call("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            tab.call("Emulation.setDeviceMetricsOverride", Map.of("width", 412, "height", 915, "deviceScaleFactor", 1, "mobile", true));
            tab.call("Page.enable", Map.of());
            tab.call("Page.navigate", Map.of("url", page.toString()));
            String arrived = "location.href.startsWith(" + new JsonPrimitive(page.toString()) + ")";
            while (!evaluate(tab, arrived).getAsBoolean()) {
                Thread.sleep(20);
            }
            String waitForReady = """
                    new Promise((done, failed) => {
                      const started = Date.now();
                      (function look() {
                        if (document.querySelector(%s)) { done(performance.now()); return; }
                        if (Date.now() - started > 60000) { failed('never ready'); return; }
                        requestAnimationFrame(look);
                      })();
                    })""".formatted(new JsonPrimitive(readySelector));
            double ready = evaluate(tab, waitForReady).getAsDouble();
            JsonObject paints = JsonParser.parseString(evaluate(tab, PAINTS).getAsString()).getAsJsonObject();
            return new Visit(paints.get("fp").getAsDouble(), paints.get("fcp").getAsDouble(), paints.get("lcp").getAsDouble(), ready);
        } finally {
            http.send(HttpRequest.newBuilder(devtools.resolve("/json/close/" + id)).build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    /** Work done in one fresh tab of this Chromium, for a bench that drives a page itself. */
    @FunctionalInterface
    interface TabWork<T> {
        T run(Tab tab) throws Exception;
    }

    /** Runs the work in a fresh tab (window size as {@link #start()} set it), closing the tab afterwards. */
    <T> T inTab(TabWork<T> work) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(devtools.resolve("/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject target = JsonParser.parseString(created.body()).getAsJsonObject();
        try (Tab tab = new Tab(http, URI.create(target.get("webSocketDebuggerUrl").getAsString()))) {
            tab.call("Page.enable", Map.of());
            return work.run(tab);
        } finally {
            http.send(HttpRequest.newBuilder(devtools.resolve("/json/close/" + target.get("id").getAsString())).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    /** Evaluates an expression in the tab, waiting for the page to exist and for a promise to settle. */
    static JsonPrimitive evaluate(Tab tab, String expression) throws Exception {
        for (int attempt = 0; ; attempt++) {
            JsonObject result;
            try {
                result = tab.call("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
            } catch (IllegalStateException contextGone) { // the navigation replaced the document mid-call
                result = null;
            }
            if (result == null || result.has("exceptionDetails")) {
                if (attempt < 100) {
                    Thread.sleep(50);
                    continue;
                }
                throw new IllegalStateException("In the page: " + (result == null ? "no answer" : result.get("exceptionDetails")));
            }
            return result.getAsJsonObject("result").getAsJsonPrimitive("value");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        chromium.destroy();
        if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
        }
        MediaBench.delete(profile);
    }

    /** One tab's DevTools connection: numbered calls, each answered by the message with its id. */
    static final class Tab implements WebSocket.Listener, AutoCloseable {

        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();
        private final StringBuilder message = new StringBuilder();

        Tab(HttpClient http, URI address) {
            this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(address, this).join();
        }

        JsonObject call(String method, Map<String, Object> parameters) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonObject> answer = new CompletableFuture<>();
            waiting.put(id, answer);
            JsonObject request = new JsonObject();
            request.addProperty("id", id);
            request.addProperty("method", method);
            request.add("params", new Gson().toJsonTree(parameters));
            socket.sendText(request.toString(), true).join();
            JsonObject response = answer.get(90, TimeUnit.SECONDS);
            if (response.has("error")) {
                throw new IllegalStateException(method + ": " + response.get("error"));
            }
            return response.getAsJsonObject("result");
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                JsonObject received = JsonParser.parseString(message.toString()).getAsJsonObject();
                message.setLength(0);
                if (received.has("id")) {
                    CompletableFuture<JsonObject> answer = waiting.remove(received.get("id").getAsInt());
                    if (answer != null) {
                        answer.complete(received);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        }
    }
}
