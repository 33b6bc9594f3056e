package vn.laocai.museum.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/** A visitor in a real (headless) Chromium searches without diacritics and finds Tam thất. */
class SearchBrowserTest extends AppTestBase {

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
    void typing_tam_that_on_the_home_page_finds_tam_that() {
        browser.get(url("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".museum-card")));

        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".museum-search-field input")));
        input.sendKeys("tam that");
        input.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("/search?q=tam"));
        WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".museum-result .museum-result-title")));
        assertThat(first.getText()).isEqualTo("Tam thất");
        HeadlessChromium.screenshot(browser, "search-tam-that");
    }

    @Test
    void suggestions_appear_while_typing_and_open_the_herb() {
        browser.get(url("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".museum-card")));

        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".museum-search-field input")));
        input.sendKeys("tam th");
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-suggestions a")));
        assertThat(first.getText()).startsWith("Tam thất");
        HeadlessChromium.screenshot(browser, "suggest-tam-th");
        first.click();

        wait.until(ExpectedConditions.urlContains("/species/panax-notoginseng"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-names")));
        assertThat(browser.findElements(By.cssSelector(".museum-suggestions a"))).as("closed after navigation")
                .noneMatch(WebElement::isDisplayed);
    }

    @Test
    void arrow_keys_walk_the_suggestions_and_enter_opens_the_focused_one() {
        browser.get(url("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".museum-search-field input")));
        input.sendKeys("sam");
        wait.until(driver -> driver.findElements(By.cssSelector(".museum-suggestions a")).size() >= 2);
        java.util.List<WebElement> links = browser.findElements(By.cssSelector(".museum-suggestions a"));

        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        wait.until(driver -> links.get(0).equals(driver.switchTo().activeElement()));
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        wait.until(driver -> links.get(1).equals(driver.switchTo().activeElement()));
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_UP);
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_UP);
        wait.until(driver -> input.equals(driver.switchTo().activeElement()));

        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        wait.until(driver -> links.get(0).equals(driver.switchTo().activeElement()));
        String target = links.get(0).getAttribute("href");
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(target));
    }

    @Test
    void the_species_page_shows_names_from_the_graph_and_a_picture_from_the_s3_store() {
        browser.get(url("/species/panax-notoginseng").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // The first HTML's server rendering has an h1 too; wait for the live view's.
        WebElement names = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-names")));
        assertThat(browser.findElement(By.cssSelector("vaadin-app-layout h1")).getText()).isEqualTo("Tam thất");
        assertThat(browser.findElement(By.id("museum-ssr")).isDisplayed()).as("the server rendering gave way").isFalse();
        assertThat(names.getText()).contains("三七").contains("Panax pseudo-ginseng");
        WebElement picture = browser.findElement(By.cssSelector(".museum-gallery-lead img"));
        wait.until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", picture));
        assertThat(picture.getAttribute("src")).contains("/media/sha256/");
        HeadlessChromium.screenshot(browser, "species-panax-notoginseng");
    }
}
