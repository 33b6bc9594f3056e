package vn.laocai.museum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor in a real (headless) Chromium, whose browser prefers English, gets the Vietnamese
 * site, clicks EN, reads the page in English, and still reads English after reloading.
 */
class LanguageSwitchBrowserTest extends AppTestBase {

    /** The live view's heading, not the hidden first-HTML rendering's. */
    private static final By HEADING = By.cssSelector(".museum-species h1");

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void clicking_en_shows_english_and_a_reload_remembers_it() {
        browser.get(url("/species/panax-notoginseng").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBe(HEADING, "Tam thất"));
        assertThat(htmlLang()).isEqualTo("vi");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".museum-language-en"))).click();

        wait.until(ExpectedConditions.textToBe(HEADING, "Notoginseng"));
        wait.until(driver -> "en".equals(htmlLang()));
        assertThat(browser.findElement(By.cssSelector(".museum-search-button")).getText()).isEqualTo("Search");
        assertThat(browser.findElement(By.cssSelector(".museum-language-en")).getAttribute("aria-pressed")).isEqualTo("true");
        wait.until(driver -> driver.manage().getCookieNamed("museum-lang") != null);
        assertThat(browser.manage().getCookieNamed("museum-lang").getValue()).isEqualTo("en");
        wait.until(ExpectedConditions.titleIs("Notoginseng — Lào Cai Digital Medicinal-Herb Museum"));

        browser.navigate().refresh();

        wait.until(ExpectedConditions.textToBe(HEADING, "Notoginseng"));
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector(".museum-names")).getText()).contains("Chinese characters");
        HeadlessChromium.screenshot(browser, "species-in-english");
    }

    private String htmlLang() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.documentElement.lang");
    }
}
