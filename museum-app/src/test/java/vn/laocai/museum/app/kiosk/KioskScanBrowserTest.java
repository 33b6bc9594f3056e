package vn.laocai.museum.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/**
 * A visitor checks a product at the kiosk in a real Chromium: a fake camera shows a lot's QR code
 * (a Y4M video made here with ZXing) and the kiosk opens its trace; a foreign code is refused; the
 * camera is released when the page is left; without a camera the keypad does the same.
 */
class KioskScanBrowserTest extends AppTestBase {

    private static final String ANGELICA = "/01/02000000000022/10/DQ-2412-07";

    @TempDir
    Path directory;

    private WebDriver browser;
    private WebDriverWait wait;

    private void open(String... arguments) {
        browser = HeadlessChromium.start(arguments);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void openWithCamera(String qrText) throws Exception {
        Path video = directory.resolve("camera.y4m");
        writeY4m(qrText, video);
        open("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void the_camera_reads_a_lot_s_qr_code_and_the_kiosk_shows_its_trace_chain_then_releases_the_camera() throws Exception {
        openWithCamera(url(ANGELICA).toString());
        browser.get(url("/kiosk?lang=vi").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("kiosk-scan-chip"))).click();
        // The code is read within moments, so the scan page may already be gone: wait for the trace.
        wait.until(ExpectedConditions.urlContains("/kiosk/trace" + ANGELICA));
        assertThat(js("return typeof window.jsQR")).isEqualTo("function");
        WebElement lot = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace-lot")));
        assertThat(lot.getText()).contains("(01)02000000000022(10)DQ-2412-07");
        assertThat(browser.findElement(By.id("trace-steps")).getText()).contains("Phân loại và đóng gói").contains("Rửa, thái lát và sấy");
        assertThat(browser.findElement(By.id("trace-harvest")).getText()).contains("VN-LCI-BXT-YTY-0001").contains("Y Tý");
        assertThat(browser.findElement(By.id("trace-certifications")).getText()).contains("GACP-WHO");
        // Still the kiosk: its frame, and links that stay on it.
        assertThat(browser.findElements(By.cssSelector(".kiosk-nav"))).hasSize(1);
        assertThat(browser.findElement(By.id("trace-species")).getAttribute("href")).contains("/kiosk/species/angelica-sinensis");
        assertThat(browser.findElements(By.cssSelector(".kiosk-content a")).stream().map(a -> a.getAttribute("href")))
                .allMatch(href -> href.startsWith(url("/kiosk").toString()));
        HeadlessChromium.screenshot(browser, "kiosk-scan-trace");
        wait.until(driver -> Boolean.TRUE.equals(js(
                "return window.museumKiosk.scanTracks.length > 0 && window.museumKiosk.scanTracks.every(t => t.readyState === 'ended')")));
    }

    @Test
    void a_code_of_another_site_is_refused_and_leaving_the_page_stops_the_camera() throws Exception {
        openWithCamera("https://example.org" + ANGELICA);
        browser.get(url("/kiosk/scan?lang=en").toString());
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-scan-message")));
        wait.until(ExpectedConditions.textToBePresentInElement(message, "This is not a code of this museum."));
        assertThat(browser.getCurrentUrl()).contains("/kiosk/scan");
        assertThat(browser.findElement(By.id("kiosk-video")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("kiosk-scan-status")).getText()).isEqualTo("Hold the QR code in front of the camera.");
        assertThat(js("return window.museumKiosk.scanTracks.map(t => t.readyState).join()")).isEqualTo("live");
        HeadlessChromium.screenshot(browser, "kiosk-scan-foreign");

        browser.findElement(By.cssSelector(".kiosk-nav a[href='kiosk/map']")).click();
        wait.until(ExpectedConditions.urlContains("/kiosk/map"));
        wait.until(driver -> "ended".equals(js("return window.museumKiosk.scanTracks.map(t => t.readyState).join()")));
        assertThat(js("return document.getElementById('kiosk-video')")).isNull();
    }

    @Test
    void without_a_camera_the_keypad_opens_the_trace_and_an_unknown_code_shows_the_counterfeit_warning() {
        open();
        browser.get(url("/kiosk/scan?lang=en").toString());
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-scan-status")));
        wait.until(ExpectedConditions.textToBePresentInElement(status, "No camera can be used here"));
        assertThat(browser.findElement(By.id("kiosk-camera")).isDisplayed()).isFalse();
        press("02000000000022DQ-2412-07");
        assertThat(browser.findElement(By.id("kiosk-gtin")).getText()).isEqualTo("02000000000022");
        assertThat(browser.findElement(By.id("kiosk-lot")).getText()).isEqualTo("DQ-2412-07");
        HeadlessChromium.screenshot(browser, "kiosk-scan-keypad");
        browser.findElement(By.id("kiosk-scan-open")).click();
        wait.until(ExpectedConditions.urlContains("/kiosk/trace" + ANGELICA));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace-lot"))).getText()).contains("DQ-2412-07");
        assertThat(browser.findElement(By.id("trace-steps")).getText()).isNotBlank();

        browser.findElement(By.id("kiosk-scan-again")).click();
        wait.until(ExpectedConditions.urlContains("/kiosk/scan"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("kiosk-keypad")));
        press("02000000000015FAKE-0001");
        browser.findElement(By.id("kiosk-scan-open")).click();
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace-warning")));
        assertThat(warning.getText()).contains("not on record").contains("counterfeit");
        assertThat(browser.findElements(By.id("trace-lot"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".kiosk-nav"))).hasSize(1);
    }

    /** Touches the keypad's keys one by one, waiting for each to be taken. */
    private void press(String keys) {
        for (char key : keys.toCharArray()) {
            String before = browser.findElement(By.id("kiosk-gtin")).getText() + "|" + browser.findElement(By.id("kiosk-lot")).getText();
            By button = By.xpath("//div[@id='kiosk-keypad']/button[normalize-space(.)='" + key + "']");
            wait.until(ExpectedConditions.elementToBeClickable(button)).click();
            wait.until(driver -> !before.equals(driver.findElement(By.id("kiosk-gtin")).getText() + "|"
                    + driver.findElement(By.id("kiosk-lot")).getText()));
        }
    }

    /**
     * A Y4M video (4:2:0, 640×480, a few frames) of {@code text}'s QR code, black on white with a
     * quiet zone: what Chromium's fake camera plays in a loop.
     */
    static void writeY4m(String text, Path file) throws IOException, WriterException {
        int width = 640;
        int height = 480;
        BitMatrix qr = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400, Map.of(EncodeHintType.MARGIN, 4));
        byte[] luma = new byte[width * height];
        Arrays.fill(luma, (byte) 235);
        int left = (width - qr.getWidth()) / 2;
        int top = (height - qr.getHeight()) / 2;
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                if (qr.get(x, y)) {
                    luma[(top + y) * width + left + x] = (byte) 16;
                }
            }
        }
        byte[] chroma = new byte[(width / 2) * (height / 2)];
        Arrays.fill(chroma, (byte) 128);
        ByteArrayOutputStream video = new ByteArrayOutputStream();
        video.writeBytes(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
        for (int frame = 0; frame < 5; frame++) {
            video.writeBytes("FRAME\n".getBytes(StandardCharsets.US_ASCII));
            video.writeBytes(luma);
            video.writeBytes(chroma);
            video.writeBytes(chroma);
        }
        Files.write(file, video.toByteArray());
    }
}
