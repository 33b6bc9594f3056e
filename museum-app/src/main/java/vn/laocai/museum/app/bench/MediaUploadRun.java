package vn.laocai.museum.app.bench;

import com.google.gson.JsonPrimitive;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Files uploaded through the museum's own upload page, end to end: the production jar on a fresh
 * data directory, a curator (the first admin) logged in in headless Chromium, the credit fields
 * filled, every file given to the page's file input at once (as a curator choosing them does),
 * each streamed over HTTP to a temporary file, then checked, rendered, stored in the embedded S3
 * server, described in TDB2 and audited by the page's background pool — until the page shows an
 * outcome for every file.
 *
 * <pre>{@code
 * MediaUploadRun.Result result = new MediaUploadRun(jar, work).upload(photos);
 * }</pre>
 */
final class MediaUploadRun {

    /** Seconds from handing the files to the page until it showed every outcome, and how many of them were stored. */
    record Result(double seconds, int stored, int shown) {}

    private static final String ADMIN = "bench-curator";
    private static final String PASSWORD = "a bench password long enough";
    static final String TARGET = "species/panax-notoginseng";

    private final Path jar;
    private final Path work;

    MediaUploadRun(Path jar, Path work) {
        this.jar = jar;
        this.work = work;
    }

    Result upload(List<Path> files) throws Exception {
        int port = ServerProcess.freePort();
        URI base = URI.create("http://localhost:" + port);
        Path data = Files.createDirectories(work.resolve("upload-app"));
        List<String> arguments = List.of("-Xmx1g", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--museum.data-dir=" + data.resolve("data"), "--museum.media.embedded-port=" + ServerProcess.freePort(),
                "--museum.admin.username=" + ADMIN, "--museum.admin.password=" + PASSWORD, "--museum.upload.max-file-size=100MB");
        try (ServerProcess museum = ServerProcess.start("museum", arguments, data, data.resolve("museum.log"), base.resolve("/"));
                ChromiumPaint chromium = ChromiumPaint.start()) {
            return chromium.inTab(tab -> {
                logIn(tab, base);
                tab.call("Page.navigate", Map.of("url", base.resolve("/curation/media/" + TARGET).toString()));
                await(tab, "document.querySelector('vaadin-upload.museum-media-upload-files') !== null");
                fill(tab, "museum-media-upload-title-vi", "Tam thất (thử tải lên)");
                fill(tab, "museum-media-upload-creator", "Bench");
                fill(tab, "museum-media-upload-licence", "CC-BY-4.0");
                Thread.sleep(500); // the fields' change events reach the server before the first file
                String input = tab.call("Runtime.evaluate", Map.of("expression", """
                        (() => { const upload = document.querySelector('vaadin-upload.museum-media-upload-files');
                          return upload.querySelector('input[type=file]') || upload.shadowRoot.querySelector('input[type=file]'); })()""",
                        "returnByValue", false)).getAsJsonObject("result").get("objectId").getAsString();
                long started = System.nanoTime();
                tab.call("DOM.setFileInputFiles", Map.of("objectId", input,
                        "files", files.stream().map(file -> file.toAbsolutePath().toString()).toList()));
                String shown = "document.querySelectorAll('.museum-media-upload-stored, .museum-media-upload-duplicate, "
                        + ".museum-media-upload-rejected').length";
                while (ChromiumPaint.evaluate(tab, shown).getAsInt() < files.size()) {
                    Thread.sleep(100);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                int stored = ChromiumPaint.evaluate(tab, "document.querySelectorAll('.museum-media-upload-stored').length").getAsInt();
                return new Result(seconds, stored, ChromiumPaint.evaluate(tab, shown).getAsInt());
            });
        }
    }

    /** The login form posts to {@code /login}; the session cookie stays in the tab's browser. */
    private static void logIn(ChromiumPaint.Tab tab, URI base) throws Exception {
        tab.call("Page.navigate", Map.of("url", base.resolve("/login").toString()));
        await(tab, "document.readyState === 'complete' && location.pathname === '/login'");
        String post = """
                fetch('/login', {method: 'POST', body: new URLSearchParams({username: %s, password: %s}), redirect: 'manual'})
                  .then(() => fetch('/curation', {redirect: 'manual'})).then(answer => answer.status)"""
                .formatted(new JsonPrimitive(ADMIN), new JsonPrimitive(PASSWORD));
        int status = ChromiumPaint.evaluate(tab, post).getAsInt();
        if (status != 200) {
            throw new IllegalStateException("The bench curator could not log in: /curation answered " + status);
        }
    }

    private static void fill(ChromiumPaint.Tab tab, String fieldClass, String value) throws Exception {
        await(tab, "document.querySelector('vaadin-text-field." + fieldClass + "') !== null");
        ChromiumPaint.evaluate(tab, """
                (() => { const field = document.querySelector('vaadin-text-field.%s'); field.value = %s;
                  field.dispatchEvent(new Event('change', {bubbles: true})); return true; })()"""
                .formatted(fieldClass, new JsonPrimitive(value)));
    }

    private static void await(ChromiumPaint.Tab tab, String condition) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!ChromiumPaint.evaluate(tab, condition).getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The page never met: " + condition);
            }
            Thread.sleep(100);
        }
    }
}
