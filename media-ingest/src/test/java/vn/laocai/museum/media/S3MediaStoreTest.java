package vn.laocai.museum.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The media store over real HTTP against the in-process S3 server. */
class S3MediaStoreTest {

    @TempDir
    Path directory;

    private EmbeddedS3Server server;
    private S3MediaStore store;

    @BeforeEach
    void start() throws Exception {
        server = EmbeddedS3Server.start(directory, 0, "test-access", "test-secret-key");
        store = S3MediaStore.connect(server.settings("museum-media"));
    }

    @AfterEach
    void stop() {
        store.close();
        server.close();
    }

    @Test
    void put_then_get_returns_the_same_bytes_under_a_content_key() throws IOException {
        byte[] png = PlaceholderImage.png("panax-notoginseng", 64, 48);
        StoredObject stored = store.put(png, "image/png");

        assertThat(stored.key()).matches("sha256/[0-9a-f]{2}/[0-9a-f]{64}\\.png");
        assertThat(stored.sha256()).isEqualTo(S3MediaStore.sha256(png));
        assertThat(stored.size()).isEqualTo(png.length);
        try (MediaContent content = store.get(stored.key()).orElseThrow()) {
            assertThat(content.stream().readAllBytes()).isEqualTo(png);
            assertThat(content.object().contentType()).isEqualTo("image/png");
            assertThat(content.object().sha256()).isEqualTo(stored.sha256());
        }
    }

    @Test
    void the_same_bytes_are_stored_once() throws IOException {
        byte[] png = PlaceholderImage.png("seed", 32, 32);
        StoredObject first = store.put(png, "image/png");
        StoredObject second = store.put(png, "image/png");
        assertThat(second.key()).isEqualTo(first.key());
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".png"))).hasSize(1);
        }
    }

    @Test
    void a_presigned_url_fetches_the_object_over_plain_http() throws Exception {
        StoredObject stored = store.put(PlaceholderImage.png("presign", 40, 30), "image/png");
        String url = store.presignedGetUrl(stored.key(), Duration.ofMinutes(5));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(S3MediaStore.sha256(response.body())).isEqualTo(stored.sha256());
    }

    @Test
    void an_unsigned_request_is_refused_by_the_server() throws Exception {
        StoredObject stored = store.put(PlaceholderImage.png("private", 40, 30), "image/png");
        URI direct = URI.create(server.endpoint() + "/museum-media/" + stored.key());
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(direct).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void a_missing_object_is_empty_not_an_error() {
        String key = ObjectKeys.forContent("ab" + "0".repeat(62), "png");
        assertThat(store.get(key)).isEmpty();
        assertThat(store.stat(key)).isEmpty();
    }

    @Test
    void keys_that_are_not_content_keys_are_refused_before_reaching_the_store() {
        for (String bad : new String[] {"../etc/passwd", "sha256/ab/../../secret", "sha256/ab/" + "cd".repeat(32) + ".png",
                "other-bucket/x", ""}) {
            assertThatThrownBy(() -> store.get(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void unsupported_media_types_are_refused() {
        assertThatThrownBy(() -> store.put(new byte[] {1, 2, 3}, "text/html"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unsupported media type: text/html");
    }

    @Test
    void health_is_up_with_the_bucket_and_down_with_a_reason_when_the_server_stops() {
        assertThat(store.health().up()).isTrue();
        assertThat(store.health().detail()).contains("museum-media");
        server.close();
        assertThat(store.health().up()).isFalse();
        assertThat(store.health().detail()).contains("unreachable");
    }

    @Test
    void objects_survive_a_server_restart_on_the_same_directory() throws Exception {
        StoredObject stored = store.put(PlaceholderImage.png("durable", 20, 20), "image/png");
        store.close();
        server.close();
        server = EmbeddedS3Server.start(directory, 0, "test-access", "test-secret-key");
        store = S3MediaStore.connect(server.settings("museum-media"));
        assertThat(store.stat(stored.key())).contains(stored);
    }
}
