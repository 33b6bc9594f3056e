package vn.laocai.museum.app.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/**
 * Pictures and 3D models in a real headless Chromium: {@code <model-viewer>} loads the stored model
 * (WebGL by SwiftShader), the lightbox works from the keyboard, and 400 models shown in a row in one
 * viewer leave the page as it was and its memory flat.
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

    /**
     * 400 models in a row in one {@code <model-viewer>} element whose {@code src} changes. A viewer
     * that kept each model it showed would hold at least the model's bytes (its decoded buffers) per
     * model, and one that left parts of itself behind would leave canvases and elements: between the
     * 200th and the 400th model the JS heap plus the array buffers beside it must grow by less than
     * {@link #GROWTH_BOUND} (a model is about 77 KB, so 200 kept would be 15 MB; the page that made
     * a new viewer per switch grew by 2.8 to 6.0 MB), and the canvases and HTML elements, counted by
     * prototype through the DevTools protocol, detached ones included, must stay where they were.
     */
    @Test
    void four_hundred_models_in_a_row_in_one_viewer_leave_the_heap_and_the_page_as_they_were() throws IOException {
        browser.get(url("/models").toString());
        WebElement next = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".museum-models-next")));
        int models = browser.findElements(By.cssSelector(".museum-models .museum-gallery-thumbnail")).size();
        assertThat(models).as("one placeholder model per strategic herb at least").isGreaterThanOrEqualTo(9);
        waitForLoadedModel(0);
        assertThat(((Number) js("return customElements.get('model-viewer').modelCacheSize")).intValue())
                .as("model-viewer keeps only the model on screen").isEqualTo(1);
        js("""
                const viewer = document.querySelector('.museum-models-stage model-viewer');
                window.museumFirstViewer = viewer;
                viewer.addEventListener('load', () => viewer.dataset.loadedSrc = viewer.getAttribute('src'));""");

        Map<Integer, Map<String, Long>> at = new TreeMap<>();
        long modelBytes = 0;
        for (int shown = 1; shown <= 400; shown++) {
            next.click();
            waitForLoadedModel(shown % models);
            if (shown <= models) {
                modelBytes += ((Number) ((JavascriptExecutor) browser).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(document.querySelector('.museum-models-stage model-viewer').src)
                            .then(r => r.arrayBuffer()).then(b => done(b.byteLength), () => done(0));""")).longValue();
            }
            if (shown == 100 || shown == 200 || shown == 400) {
                at.put(shown, memory());
            }
        }
        long perModel = modelBytes / models;
        long growth = at.get(400).get("memory") - at.get(200).get("memory");

        String report = ("3D collection, 400 models in a row in one viewer: JS heap + array buffers %.2f MB after 100,"
                + " %.2f after 200, %.2f after 400 (JS heap %.2f / %.2f / %.2f MB); a model is %.0f KB, so 200 models kept"
                + " would be %.1f MB more; canvases %d / %d / %d, HTML elements %d / %d / %d (by prototype, detached ones"
                + " included); DOM nodes %d / %d / %d; model-viewer elements %d%n").formatted(
                at.get(100).get("memory") / 1e6, at.get(200).get("memory") / 1e6, at.get(400).get("memory") / 1e6,
                at.get(100).get("heap") / 1e6, at.get(200).get("heap") / 1e6, at.get(400).get("heap") / 1e6,
                perModel / 1e3, 200 * perModel / 1e6,
                at.get(100).get("canvases"), at.get(200).get("canvases"), at.get(400).get("canvases"),
                at.get(100).get("elements"), at.get(200).get("elements"), at.get(400).get("elements"),
                at.get(100).get("nodes"), at.get(200).get("nodes"), at.get(400).get("nodes"), at.get(400).get("viewers"));
        log.info(report.strip());
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("model-memory.txt"), report);
        assertThat(perModel).as("the models were fetched").isPositive();
        assertThat(js("return document.querySelector('.museum-models-stage model-viewer') === window.museumFirstViewer"))
                .as("the same viewer element all along").isEqualTo(true);
        assertThat(at.get(400).get("viewers")).as("one viewer on the page").isEqualTo(1);
        assertThat(at.get(400).get("nodes")).as("no DOM growth").isLessThanOrEqualTo(at.get(200).get("nodes") + 20);
        assertThat(at.get(400).get("canvases")).as("canvases from model 100 to 400").isLessThanOrEqualTo(at.get(100).get("canvases") + 2);
        assertThat(at.get(400).get("elements")).as("HTML elements, detached ones included, from model 200 to 400")
                .isLessThanOrEqualTo(at.get(200).get("elements") + 100);
        assertThat(growth).as("growth from model 200 to 400").isLessThan(GROWTH_BOUND).isLessThan(200 * perModel / 10);
    }

    /** Heap growth allowed over 200 switches: 5 KB a switch; a new viewer per switch left 14 to 30 KB behind. */
    private static final long GROWTH_BOUND = 1_000_000;

    private void waitForLoadedModel(int index) {
        waitFor().until(driver -> Boolean.TRUE.equals(js("""
                const stage = document.querySelector('.museum-models-stage');
                const viewer = stage && stage.querySelector('model-viewer');
                return stage.dataset.index === arguments[0] && !!viewer && viewer.loaded === true
                    && (!viewer.dataset.loadedSrc || viewer.dataset.loadedSrc === viewer.getAttribute('src'))""", String.valueOf(index))));
    }

    /**
     * After two full collections: the JS heap, the JS heap with the array buffers outside it, and the
     * canvases and HTML elements alive, counted by prototype (DevTools protocol).
     */
    private Map<String, Long> memory() {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        chrome.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        Map<String, Object> usage = chrome.executeCdpCommand("Runtime.getHeapUsage", Map.of());
        long heap = ((Number) usage.get("usedSize")).longValue();
        long buffers = usage.get("backingStorageSize") instanceof Number size ? size.longValue() : 0;
        return Map.of("heap", heap, "memory", heap + buffers,
                "canvases", instances("HTMLCanvasElement"), "elements", instances("HTMLElement"),
                "nodes", ((Number) js("return document.getElementsByTagName('*').length")).longValue(),
                "viewers", ((Number) js("return document.querySelectorAll('model-viewer').length")).longValue());
    }

    /** How many objects in the page's heap have the prototype of {@code type}, attached to the page or not. */
    @SuppressWarnings("unchecked")
    private long instances(String type) {
        ChromeDriver chrome = (ChromeDriver) browser;
        Map<String, Object> prototype = (Map<String, Object>) chrome.executeCdpCommand("Runtime.evaluate",
                Map.of("expression", type + ".prototype")).get("result");
        Map<String, Object> objects = (Map<String, Object>) chrome.executeCdpCommand("Runtime.queryObjects",
                Map.of("prototypeObjectId", prototype.get("objectId"))).get("objects");
        Map<String, Object> length = (Map<String, Object>) chrome.executeCdpCommand("Runtime.callFunctionOn",
                Map.of("objectId", objects.get("objectId"), "functionDeclaration", "function () { return this.length; }",
                        "returnByValue", true)).get("result");
        return ((Number) length.get("value")).longValue();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
