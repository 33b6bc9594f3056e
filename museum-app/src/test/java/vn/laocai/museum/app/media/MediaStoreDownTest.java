package vn.laocai.museum.app.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.laocai.museum.app.HeadlessChromium;
import vn.laocai.museum.media.EmbeddedS3Server;

/**
 * The museum with its media store outside it (as with MinIO in production), and that store
 * stopped while the museum runs: pages still open, pictures give way to a notice, health says why,
 * and everything comes back by itself when the store returns — without restarting the museum.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MediaStoreDownTest {

    private static final Path DATA = temporary("museum-store-down-");
    private static final int S3_PORT = freePort();
    private static EmbeddedS3Server s3 = startS3();
    private static WebDriver browser;

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("museum.data-dir", () -> DATA.resolve("museum").toString());
        registry.add("museum.media.embedded", () -> "false");
        registry.add("museum.media.endpoint", () -> "http://127.0.0.1:" + S3_PORT);
        registry.add("museum.media.access-key", () -> "down-test-access");
        registry.add("museum.media.secret-key", () -> "down-test-secret-key");
    }

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        s3.close();
    }

    @Test
    void pages_stay_up_without_the_store_show_a_notice_and_recover_when_it_returns() throws Exception {
        String picture = leadPictureLoads();

        s3.close();
        assertThat(get("/actuator/health").body()).contains("\"mediaStore\":{\"details\":{\"detail\":\"S3 store at http://127.0.0.1:" + S3_PORT)
                .contains("\"status\":\"DOWN\"");
        HttpResponse<String> page = get("/species/panax-notoginseng");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tam thất");
        // A picture the museum served lately is answered from its memory; one it never served cannot be.
        HttpResponse<String> kept = get(picture);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.headers().firstValue("ETag")).isPresent();
        String unseen = firstPicture(get("/species/panax-vietnamensis").body());
        HttpResponse<String> media = get(unseen);
        assertThat(media.statusCode()).isEqualTo(503);
        assertThat(media.headers().firstValue("Retry-After")).contains("30");

        // Media are cached for good once loaded (content-addressed keys): a first-time visitor's browser.
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.get(url("/species/panax-vietnamensis"));
        WebElement gallery = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-app-layout .museum-gallery.museum-media-missing")));
        assertThat(gallery.getAttribute("data-media-missing")).isEqualTo("Ảnh và mô hình tạm thời chưa tải được. Xin thử lại sau ít phút.");
        assertThat(browser.findElement(By.cssSelector("vaadin-app-layout h1")).getText()).isEqualTo("Sâm Ngọc Linh (sâm Việt Nam)");
        HeadlessChromium.screenshot(browser, "species-media-store-down");

        s3 = EmbeddedS3Server.start(DATA.resolve("s3"), S3_PORT, "down-test-access", "down-test-secret-key");
        assertThat(get("/actuator/health").body()).doesNotContain("\"status\":\"DOWN\"");
        assertThat(get(unseen).statusCode()).isEqualTo(200);
        assertThat(leadPictureLoads()).isEqualTo(picture);
        assertThat(browser.findElements(By.cssSelector(".museum-media-missing"))).isEmpty();
    }

    /** The path of the first stored picture a page's first HTML names. */
    private static String firstPicture(String html) {
        java.util.regex.Matcher picture = java.util.regex.Pattern.compile("media/sha256/[0-9a-f]{2}/[0-9a-f]{64}\\.(?:png|jpg)").matcher(html);
        assertThat(picture.find()).as("a picture in the page").isTrue();
        return "/" + picture.group();
    }

    /** Opens the species page, waits until its lead picture has loaded, and returns its path. */
    private String leadPictureLoads() {
        browser.get(url("/species/panax-notoginseng"));
        WebElement lead = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout .museum-gallery-lead img")));
        waitFor().until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", lead)));
        return URI.create(lead.getAttribute("src")).getPath();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static EmbeddedS3Server startS3() {
        try {
            return EmbeddedS3Server.start(DATA.resolve("s3"), S3_PORT, "down-test-access", "down-test-secret-key");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path temporary(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
