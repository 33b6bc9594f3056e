package vn.laocai.museum.app.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/**
 * Every public page checked by axe-core (WCAG 2.0–2.2 A and AA rules) in headless Chromium, once
 * the live view has taken over: no serious or critical violation. axe-core 4.10.3 is fetched from
 * the npm registry by the build (see the app's pom) into the test classes.
 */
class AccessibilityBrowserTest extends AppTestBase {

    private static WebDriver browser;
    private static String axe;

    static Stream<String> publicPages() {
        return Stream.of("/", "/species", "/species/panax-notoginseng", "/remedies/tam-that-cam-mau",
                "/knowledge/giay-foot-baths-ta-van", "/stories/bao-ton-sam-panax", "/search?q=tam%20that", "/models", "/map",
                "/places", "/marks", "/conservation", "/about-data", "/stats", "/sparql-editor", "/kiosk",
                "/kiosk/scan", "/kiosk/trace/01/02000000000022/10/DQ-2412-07", "/species/panax-notoginseng?lang=en");
    }

    @BeforeAll
    static void start() throws IOException {
        try (InputStream script = AccessibilityBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(script).as("axe-core, fetched by the build into the test classes").isNotNull();
            axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicPages")
    void has_no_serious_or_critical_accessibility_violation(String page) throws IOException {
        browser.get(url(page).toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(js(
                "return !!document.querySelector('vaadin-app-layout, .kiosk') && !document.querySelector('.v-loading-indicator[style*=\"display: block\"]')")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.findElements(By.cssSelector("h1")).isEmpty());
        js(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                                    resultTypes: ['violations'] })
                   .then(result => done(result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ') }))))
                   .catch(error => done([{ id: 'axe-error', impact: 'critical', help: String(error), targets: '' }]));""");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            String line = violation.get("impact") + " " + violation.get("id") + ": " + violation.get("help") + " — " + violation.get("targets");
            if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
                serious.add(line);
            }
        }
        Path report = Files.createDirectories(Path.of("target", "axe"))
                .resolve(page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".txt");
        Files.writeString(report, String.join("\n", violations.stream().map(Object::toString).toList()));
        assertThat(serious).as("axe on " + page).isEmpty();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
