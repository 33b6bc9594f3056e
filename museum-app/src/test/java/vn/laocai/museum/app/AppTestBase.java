package vn.laocai.museum.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the whole museum once per test run on a random port, with its data under a fresh
 * temporary directory: real TDB2, real Lucene, real embedded S3 server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AppTestBase {

    private static final Path DATA_DIR = createDataDir();

    @Value("${local.server.port}")
    protected int port;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void museumProperties(DynamicPropertyRegistry registry) {
        registry.add("museum.data-dir", DATA_DIR::toString);
        // Small limits, so tests can hit them on the real corpus.
        registry.add("museum.sparql.timeout", () -> "2s");
        registry.add("museum.sparql.max-rows", () -> "2000");
        // A short kiosk idle time, so a browser test sees the reset; long enough for the other kiosk tests' pages.
        registry.add("museum.kiosk.idle-seconds", () -> "8");
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("museum-test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
