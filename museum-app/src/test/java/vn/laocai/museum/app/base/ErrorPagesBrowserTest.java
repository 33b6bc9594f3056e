package vn.laocai.museum.app.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/** Addresses the museum does not have, in a real Chromium: the site's page inside its header, and the kiosk's own inside the kiosk. */
class ErrorPagesBrowserTest extends AppTestBase {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_stale_link_inside_the_site_shows_the_museums_page_with_ways_back_in_the_chosen_language() {
        // A link in a page to a place that is gone: the live view navigates and answers with the museum's page.
        browser.get(url("/").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout .museum-card")));
        ((JavascriptExecutor) browser).executeScript("""
                const link = document.createElement('a');
                link.href = 'places/no-such-place';
                link.id = 'stale-link';
                link.textContent = 'stale';
                document.querySelector('vaadin-app-layout').appendChild(link);
                link.click();""");
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-app-layout .museum-not-found h1")));
        assertThat(heading.getText()).isEqualTo("Không tìm thấy trang này");
        assertThat(browser.getTitle()).startsWith("Không tìm thấy trang này");
        assertThat(browser.findElements(By.cssSelector(".museum-not-found .museum-error-ways a")))
                .extracting(link -> link.getAttribute("href"))
                .anySatisfy(href -> assertThat(href).endsWith("/species"))
                .anySatisfy(href -> assertThat(href).endsWith("/search"));
        assertThat(browser.getPageSource()).doesNotContain("Could not navigate");
        HeadlessChromium.screenshot(browser, "not-found");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".museum-language-en"))).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".museum-not-found h1"), "This page was not found"));
    }

    @Test
    void a_missing_herb_on_the_kiosk_stays_inside_the_kiosk_with_no_text_input() {
        browser.get(url("/kiosk/species/no-such-herb").toString());
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kiosk .kiosk-not-found h1")));
        assertThat(heading.getText()).isEqualTo("Không tìm thấy nội dung này");
        assertThat(browser.findElements(By.cssSelector("vaadin-app-layout, input, vaadin-text-field"))).isEmpty();
        WebElement back = browser.findElement(By.cssSelector(".kiosk-not-found a.kiosk-back"));
        assertThat(back.getAttribute("href")).endsWith("/kiosk");
        HeadlessChromium.screenshot(browser, "kiosk-not-found");
    }
}
