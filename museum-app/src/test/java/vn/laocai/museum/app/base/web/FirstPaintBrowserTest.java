package vn.laocai.museum.app.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/**
 * What the pages' speed rests on, seen by Chromium's own paint timing on a phone-sized window: the
 * first HTML's server rendering is painted before Vaadin's script runs, its largest element stays
 * the page's largest paint after the live view has taken over (Chromium reports a new largest
 * paint only for something strictly larger), and the take-over moves nothing on screen.
 */
class FirstPaintBrowserTest extends AppTestBase {

    /** Records every largest-paint and layout-shift entry from the first byte on. */
    private static final String OBSERVE = """
            window.__museumPaints = []; window.__museumShifts = [];
            new PerformanceObserver(list => list.getEntries().forEach(entry => window.__museumPaints.push({
                inFirstHtml: !!(entry.element && entry.element.closest('#museum-ssr')),
                tag: entry.element ? entry.element.tagName : null,
                liveViewThere: !!document.querySelector('vaadin-app-layout')})))
              .observe({type: 'largest-contentful-paint', buffered: true});
            new PerformanceObserver(list => list.getEntries().forEach(entry => { if (!entry.hadRecentInput) {
                window.__museumShifts.push({value: entry.value, sources: entry.sources.map(source => source.node
                    ? source.node.nodeName + '.' + (source.node.className || '') : '?')}); } }))
              .observe({type: 'layout-shift', buffered: true});
            """;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(412, 823));
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVE));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/species/panax-notoginseng", "/remedies/tam-that-cam-mau", "/search?q=tam%20that"})
    void the_largest_paint_is_the_first_htmls_and_the_live_view_takes_over_without_moving_anything(String page) {
        browser.get(url(page).toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(driver -> Boolean.TRUE.equals(js("""
                const ssr = document.getElementById('museum-ssr');
                return !!document.querySelector('vaadin-app-layout h1') && !!ssr && getComputedStyle(ssr).display === 'none'
                    && [...document.images].every(image => image.loading === 'lazy' || image.complete);""")));
        // Two frames after the live view is complete: every paint of it has been reported by then.
        ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)));");

        List<Map<String, Object>> paints = entries("__museumPaints");
        assertThat(paints).as("largest paints of %s", page).isNotEmpty();
        assertThat(paints).as("every largest paint of %s is of the first HTML", page)
                .allSatisfy(paint -> assertThat(paint.get("inFirstHtml")).as(paint.toString()).isEqualTo(true));
        assertThat(paints.getFirst().get("liveViewThere")).as("painted before the live view existed").isEqualTo(false);
        if (page.startsWith("/species/")) {
            assertThat(paints.getLast().get("tag")).as("the lead picture is the largest paint").isEqualTo("IMG");
        }

        List<Map<String, Object>> shifts = entries("__museumShifts");
        double moved = shifts.stream().mapToDouble(shift -> ((Number) shift.get("value")).doubleValue()).sum();
        // Lighthouse calls under 0.1 good; the take-over itself should shift (next to) nothing.
        assertThat(moved).as("layout shift on %s: %s", page, shifts).isLessThan(0.01);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entries(String name) {
        return (List<Map<String, Object>>) js("return window." + name + " || [];");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
