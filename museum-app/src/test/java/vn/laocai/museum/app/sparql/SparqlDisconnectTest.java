package vn.laocai.museum.app.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A query whose client goes away is cancelled at once, not at its time limit: with one query slot
 * and a one-minute limit, the slot is free again within seconds of the disconnect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SparqlDisconnectTest {

    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void oneSlotAndALongLimit(DynamicPropertyRegistry registry) {
        registry.add("museum.data-dir", SparqlDisconnectTest::dataDir);
        registry.add("museum.sparql.timeout", () -> "60s");
        registry.add("museum.sparql.max-concurrent", () -> "1");
    }

    private static String dataDir() {
        try {
            return Files.createTempDirectory("museum-disconnect-test-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_query_whose_client_disconnects_is_cancelled_and_frees_its_slot() throws Exception {
        try (Socket client = new Socket("127.0.0.1", port)) {
            OutputStream out = client.getOutputStream();
            out.write(("GET /sparql?query=" + URLEncoder.encode(RUNAWAY, StandardCharsets.UTF_8) + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nAccept: application/sparql-results+json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // No other query until the runaway has surely taken the one slot.
            client.setSoTimeout(1_500);
            String early;
            try {
                byte[] buffer = new byte[2000];
                int n = client.getInputStream().read(buffer);
                early = n < 0 ? "closed" : new String(buffer, 0, n, StandardCharsets.UTF_8);
            } catch (java.net.SocketTimeoutException e) {
                early = "nothing yet";
            }
            assertThat(early).as("the runaway query is still running").isEqualTo("nothing yet");
            assertThat(askStatus()).as("the runaway query holds the only slot").isEqualTo(503);
        }
        long disconnected = System.nanoTime();
        int status = askStatus();
        while (status != 200 && System.nanoTime() - disconnected < 15_000_000_000L) {
            Thread.sleep(100);
            status = askStatus();
        }
        assertThat(status).as("the slot is free again long before the 60 s limit").isEqualTo(200);
    }

    private int askStatus() throws IOException, InterruptedException {
        URI ask = URI.create("http://127.0.0.1:" + port + "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
