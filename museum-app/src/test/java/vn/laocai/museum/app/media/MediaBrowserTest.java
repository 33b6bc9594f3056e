package vn.laocai.museum.app.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/**
 * Pictures and 3D models in a real headless Chromium: {@code <model-viewer>} loads the stored model
 * (WebGL by SwiftShader), the lightbox works from the keyboard, and 200 models shown in a row leave
 * the page's memory where it was.
 */
class MediaBrowserTest extends AppTestBase {

    private static final Logger log = LoggerFactory.getLogger(MediaBrowserTest.class);
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start("--enable-unsafe-swiftshader", "--use-angle=swiftshader",
                "--enable-precise-memory-info", "--js-flags=--expose-gc");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_species_page_loads_its_3d_model_into_model_viewer() {
        browser.get(url("/species/panax-notoginseng").toString());
        WebElement viewer = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout model-viewer")));
        js("arguments[0].scrollIntoView()", viewer); // the viewer loads lazily, when it nears the screen
        waitFor().until(driver -> Boolean.TRUE.equals(js("return !!customElements.get('model-viewer') && arguments[0].loaded === true", viewer)));

        assertThat(viewer.getAttribute("src")).startsWith("/media/sha256/").endsWith(".glb");
        assertThat(viewer.getAttribute("poster")).startsWith("/media/sha256/").endsWith(".png");
        assertThat(viewer.getAttribute("alt")).isEqualTo("Mô hình 3D của Tam thất: xoay bằng cách kéo, phóng to bằng hai ngón tay");
        assertThat(viewer.getAttribute("camera-controls")).isNotNull();
        assertThat(browser.findElement(By.cssSelector(".museum-model .museum-placeholder-badge")).getText())
                .isEqualTo("Minh hoạ tạm thời, tạo tự động");
        HeadlessChromium.screenshot(browser, "species-3d-panax-notoginseng");
    }

    @Test
    void the_lightbox_opens_from_the_keyboard_zooms_with_plus_and_closes_with_escape() {
        browser.get(url("/species/panax-notoginseng").toString());
        WebElement lead = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-app-layout .museum-gallery-lead")));
        lead.sendKeys(Keys.ENTER);
        WebElement picture = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-lightbox-picture")));
        waitFor().withMessage(() -> String.valueOf(js("return arguments[0].outerHTML + ' ' + arguments[0].naturalWidth", picture)))
                .until(driver -> Boolean.TRUE.equals(js("return arguments[0].complete && arguments[0].naturalWidth > 0", picture)));

        new Actions(browser).sendKeys("+").perform();
        waitFor().withMessage(() -> String.valueOf(js("return typeof window.museumZoom + ' zoom=' + arguments[0].getAttribute('data-zoom') + ' focus=' + document.activeElement.outerHTML.substring(0, 200)", picture)))
                .until(driver -> "1.50".equals(picture.getAttribute("data-zoom")));
        new Actions(browser).sendKeys("+").perform();
        waitFor().until(driver -> "2.25".equals(picture.getAttribute("data-zoom")));
        new Actions(browser).sendKeys("-").perform();
        waitFor().until(driver -> "1.50".equals(picture.getAttribute("data-zoom")));
        browser.findElement(By.cssSelector(".museum-lightbox-zoomReset")).click();
        waitFor().until(driver -> "1.00".equals(picture.getAttribute("data-zoom")));
        HeadlessChromium.screenshot(browser, "lightbox-panax-notoginseng");

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".museum-lightbox-picture")));
    }

    @Test
    void two_hundred_models_in_a_row_leave_the_heap_and_the_page_as_they_were() throws IOException {
        browser.get(url("/models").toString());
        WebElement next = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".museum-models-next")));
        int models = browser.findElements(By.cssSelector(".museum-models .museum-gallery-thumbnail")).size();
        assertThat(models).as("one placeholder model per strategic herb at least").isGreaterThanOrEqualTo(9);
        waitForLoadedModel(0);

        Map<String, Long> warm = null;
        for (int shown = 1; shown <= 200; shown++) {
            next.click();
            waitForLoadedModel(shown % models);
            if (shown == 20) {
                warm = memory();
            }
        }
        Map<String, Long> after = memory();

        String report = "3D collection, 200 models in a row: JS heap %.1f MB after 20, %.1f MB after 200; DOM nodes %d after 20, %d after 200; model-viewer elements %d%n"
                .formatted(warm.get("heap") / 1e6, after.get("heap") / 1e6, warm.get("nodes"), after.get("nodes"), after.get("viewers"));
        log.info(report.strip());
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("model-memory.txt"), report);
        assertThat(after.get("viewers")).as("the old viewers are gone from the page").isEqualTo(1);
        assertThat(after.get("nodes")).as("no DOM growth").isLessThanOrEqualTo(warm.get("nodes") + 20);
        assertThat(after.get("heap")).as("no heap growth beyond noise").isLessThan(warm.get("heap") + 16_000_000L);
    }

    private void waitForLoadedModel(int index) {
        waitFor().until(driver -> Boolean.TRUE.equals(js("""
                const stage = document.querySelector('.museum-models-stage');
                const viewer = stage && stage.querySelector('model-viewer');
                return stage.dataset.index === arguments[0] && !!viewer && viewer.loaded === true""", String.valueOf(index))));
    }

    private Map<String, Long> memory() {
        js("window.gc && window.gc(); window.gc && window.gc();");
        return Map.of("heap", ((Number) js("return performance.memory.usedJSHeapSize")).longValue(),
                "nodes", ((Number) js("return document.getElementsByTagName('*').length")).longValue(),
                "viewers", ((Number) js("return document.querySelectorAll('model-viewer').length")).longValue());
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
