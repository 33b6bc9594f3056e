package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.HeadlessChromium;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.EditorialException;
import vn.laocai.museum.app.curation.editorial.EditorialState;
import vn.laocai.museum.app.curation.editorial.DocumentEditing;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.ontology.DocumentKind;

/**
 * The whole editorial flow in a real (headless) Chromium against the running museum: a curator
 * edits a remedy and submits it, a reviewer publishes it, and the public page and the search API
 * show the new text; a curator cannot publish, and anonymous visitors are sent to the login.
 */
class RemedyPublishingBrowserTest extends CurationAppTestBase {

    private static final Logger LOG = LoggerFactory.getLogger(RemedyPublishingBrowserTest.class);

    @Autowired
    private DocumentEditors editors;

    private String page(String path) {
        return "http://localhost:" + port + path;
    }

    private static void logIn(WebDriver browser, WebDriverWait wait, String base, String username) {
        browser.get(base + "/login");
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        name.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.sendKeys(PASSWORD);
        secret.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches("/curation$"));
    }

    /** Scrolls the button to the middle of the window first: the site's header stays on top of the page. */
    private static void click(WebDriver browser, WebDriverWait wait, String css) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** The notice's text content: WebDriver's visible text leaves out what is scrolled away above. */
    private static void waitForNotice(WebDriver browser, WebDriverWait wait, String text) {
        try {
            wait.until(driver -> notice(driver).contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Waited for the notice “" + text + "”, it says “" + notice(browser) + "”", e);
        }
    }

    private static String notice(WebDriver driver) {
        return String.valueOf(driver.findElement(By.cssSelector(".museum-remedy-notice")).getDomProperty("textContent"));
    }

    @Test
    void a_curator_edits_and_submits_a_reviewer_publishes_and_the_public_page_and_search_show_it() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(url("/curation/remedies")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        DocumentEditing editing = editors.of(EditorialKind.REMEDY);
        String slug = editing.list(EditorialFixture.READER).get(9).slug();
        String title = editing.load(EditorialFixture.READER, slug).form().get("title-vi") + " hiệu đính Zephyrin";
        String curator = account("flow-curator", "", Role.CURATOR);
        String reviewer = account("flow-reviewer", "", Role.REVIEWER);

        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            logIn(browser, wait, page(""), curator);
            browser.get(page("/curation/remedies/" + slug));
            WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field.museum-remedy-title-vi input")));
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            field.sendKeys(title, Keys.TAB);
            click(browser, wait, "vaadin-button.museum-remedy-save");
            waitForNotice(browser, wait, "Đã lưu bản nháp.");
            click(browser, wait, "vaadin-button.museum-remedy-submit");
            waitForNotice(browser, wait, "Đã gửi thẩm định.");
            assertThat(browser.findElements(By.cssSelector("vaadin-button.museum-remedy-publish"))).isEmpty();
            HeadlessChromium.screenshot(browser, "remedy-editor-curator");
        } finally {
            browser.quit();
        }
        assertThat(editing.workflow().revision(slug).orElseThrow().state()).isEqualTo(EditorialState.IN_REVIEW);
        assertThatThrownBy(() -> editing.workflow().publish(new EditorialWorkflow.Editor(curator, Set.of(Role.CURATOR)), slug))
                .isInstanceOf(EditorialException.class).hasMessageContaining("not a reviewer");
        assertThat(get("/" + DocumentKind.REMEDY.page(slug)).body()).doesNotContain("Zephyrin");

        browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            logIn(browser, wait, page(""), reviewer);
            browser.get(page("/curation/remedies/" + slug));
            WebElement publish = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.museum-remedy-publish")));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", publish);
            long start = System.nanoTime();
            publish.click();
            String hits;
            do {
                hits = get("/api/search?q=" + URLEncoder.encode("Zephyrin", StandardCharsets.UTF_8)).body();
            } while (!hits.contains(slug) && System.nanoTime() - start < Duration.ofSeconds(30).toNanos());
            LOG.info("Time to publish a remedy, click to visible in search: {} ms", (System.nanoTime() - start) / 1_000_000);
            waitForNotice(browser, wait, "Đã công bố");
            assertThat(hits).contains(slug).contains("Zephyrin");
            HeadlessChromium.screenshot(browser, "remedy-editor-reviewer");
        } finally {
            browser.quit();
        }
        assertThat(get("/" + DocumentKind.REMEDY.page(slug)).body()).contains(title);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
