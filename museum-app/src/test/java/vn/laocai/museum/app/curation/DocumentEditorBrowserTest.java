package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.laocai.museum.app.HeadlessChromium;
import vn.laocai.museum.app.curation.account.Role;

/**
 * The editors of a species text and of a story in a real (headless) Chromium: a curator changes a
 * Markdown narrative and sees its sanitised preview (a typed script stays text), empties a required
 * field and sees the shapes' message next to it at once, saves and submits; a reviewer publishes,
 * and the public page shows the new text.
 */
class DocumentEditorBrowserTest extends CurationAppTestBase {

    private static final String SCRIPT = "<script>window.museumInjected = 1</script>";

    private String page(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void a_species_text_edited_in_the_browser_is_checked_previewed_safely_and_published() throws Exception {
        edit("/curation/species/cynara-scolymus", "sources", "Vassiltrong", "species-text");
        assertThat(publicPage("/species/cynara-scolymus")).contains("Vassiltrong").doesNotContain(SCRIPT);
    }

    @Test
    void a_story_edited_in_the_browser_is_checked_previewed_safely_and_published() throws Exception {
        edit("/curation/stories/gacp-who-lao-cai", "title-en", "Quorvelane", "story");
        assertThat(publicPage("/stories/gacp-who-lao-cai")).contains("Quorvelane").doesNotContain(SCRIPT);
    }

    /**
     * As a curator: empties the required field and puts it back, writes the word into the
     * Vietnamese narrative with a script beside it, saves and submits; then, as a reviewer, publishes.
     */
    private void edit(String editor, String required, String word, String screenshot) {
        String curator = account("browser-writer", "", Role.CURATOR);
        String reviewer = account("browser-publisher", "", Role.REVIEWER);
        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            logIn(browser, wait, curator);
            browser.get(page(editor));

            String tag = required.equals("sources") ? "vaadin-text-area" : "vaadin-text-field";
            WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(tag + ".museum-editor-" + required)));
            WebElement input = field.findElement(By.cssSelector(required.equals("sources") ? "textarea" : "input"));
            String original = String.valueOf(field.getDomProperty("value"));
            assertThat(original).isNotBlank();
            assertThat(field.getDomAttribute("invalid")).isNull();
            scrollTo(browser, input);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
            waitFor(wait, "the shapes' message at " + required, driver -> "true".equals(String.valueOf(field.getDomProperty("invalid")))
                    && !String.valueOf(field.getDomProperty("errorMessage")).isBlank());
            assertThat(String.valueOf(field.getDomProperty("errorMessage"))).doesNotContain("null");
            scrollTo(browser, input);
            input.sendKeys(original, Keys.TAB);
            waitFor(wait, "the message at " + required + " gone", driver -> !"true".equals(String.valueOf(field.getDomProperty("invalid"))));

            WebElement narrative = browser.findElement(By.cssSelector("vaadin-text-area.museum-editor-narrative-vi textarea"));
            scrollTo(browser, narrative);
            narrative.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, Keys.ENTER,
                    "Ghi chú **" + word + "** mới.", Keys.ENTER, Keys.ENTER, SCRIPT, Keys.ENTER, "<img src=\"x\" onerror=\"window.museumInjected = 2\">");
            waitFor(wait, "the preview of the narrative", driver -> previewHtml(driver).contains("<strong>" + word + "</strong>"));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            Object elements = js.executeScript("""
                    const preview = document.querySelector('vaadin-text-area.museum-editor-narrative-vi').parentElement
                        .querySelector('.museum-editor-preview');
                    return preview.querySelectorAll('script, img, [onerror]').length;""");
            assertThat(((Number) elements).intValue()).isZero();
            assertThat(js.executeScript("return window.museumInjected === undefined")).isEqualTo(true);
            assertThat(previewText(browser)).contains(SCRIPT);
            HeadlessChromium.screenshot(browser, screenshot + "-editor-preview");

            click(browser, wait, "vaadin-button.museum-editor-save");
            waitForNotice(browser, wait, "Đã lưu bản nháp.");
            click(browser, wait, "vaadin-button.museum-editor-submit");
            waitForNotice(browser, wait, "Đã gửi duyệt.");
            assertThat(browser.findElements(By.cssSelector("vaadin-button.museum-editor-publish"))).isEmpty();
            assertThat(js.executeScript("return window.museumInjected === undefined")).isEqualTo(true);
        } finally {
            browser.quit();
        }

        browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            logIn(browser, wait, reviewer);
            browser.get(page(editor));
            click(browser, wait, "vaadin-button.museum-editor-publish");
            waitForNotice(browser, wait, "Đã công bố");
            HeadlessChromium.screenshot(browser, screenshot + "-editor-published");
        } finally {
            browser.quit();
        }
    }

    private String publicPage(String path) throws Exception {
        HttpResponse<String> response = HttpSession.anonymous(http, url("")).get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void logIn(WebDriver browser, WebDriverWait wait, String username) {
        browser.get(page("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(username);
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(PASSWORD);
        password.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches("/curation$"));
    }

    private static String previewHtml(WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("""
                const area = document.querySelector('vaadin-text-area.museum-editor-narrative-vi');
                return area ? area.parentElement.querySelector('.museum-editor-preview').innerHTML : '';"""));
    }

    private static String previewText(WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("""
                return document.querySelector('vaadin-text-area.museum-editor-narrative-vi').parentElement
                    .querySelector('.museum-editor-preview').textContent;"""));
    }

    /** Scrolls the element to the middle of the window first: the site's header stays on top of the page. */
    private static void scrollTo(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static void click(WebDriver browser, WebDriverWait wait, String css) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        scrollTo(browser, button);
        button.click();
    }

    private static void waitFor(WebDriverWait wait, String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            wait.until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Waited for " + what, e);
        }
    }

    /** The notice's text content: WebDriver's visible text leaves out what is scrolled away above. */
    private static void waitForNotice(WebDriver browser, WebDriverWait wait, String text) {
        waitFor(wait, "the notice “" + text + "”", driver -> String.valueOf(driver.findElement(By.cssSelector(".museum-editor-notice"))
                .getDomProperty("textContent")).contains(text));
    }
}
