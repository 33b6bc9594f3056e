package vn.laocai.museum.app.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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

/** A researcher in a real (headless) Chromium picks an example, runs it, and shares the page. */
class SparqlViewBrowserTest extends AppTestBase {

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
    void picking_the_strategic_herbs_example_and_running_it_shows_nine_rows() throws Exception {
        browser.get(url("/sparql-editor").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        click(wait, By.id("example-07-strategic-herbs"));
        wait.until(driver -> editorText().contains("herb:strategicRank"));
        click(wait, By.cssSelector("vaadin-button.museum-sparql-run"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".museum-sparql-status"), "9 dòng"));
        wait.until(driver -> cellTexts().contains("Tam thất@vi"));
        // Literals show their language tag and datatype after the value.
        assertThat(cellTexts()).contains("?rank", "?name", "1^^xsd:int", "9^^xsd:int", "Tam thất@vi", "Notoginseng@en");
        assertThat(browser.getCurrentUrl()).contains("/sparql-editor?query=");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                browser.findElement(By.cssSelector(".museum-sparql-run")));
        HeadlessChromium.screenshot(browser, "sparql-editor-strategic-herbs");

        WebElement csv = browser.findElement(By.xpath("//a[contains(@class,'museum-sparql-download') and text()='CSV']"));
        HttpResponse<String> download = get(new java.net.URI(csv.getAttribute("href")).getRawPath() + "?"
                + new java.net.URI(csv.getAttribute("href")).getRawQuery());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).startsWith("rank,species,name,english,scientificName").contains("Tam thất");

        // The address is the shared page: opening it again fills the editor and runs the query.
        String shared = browser.getCurrentUrl();
        browser.get(url("/").toString());
        browser.get(shared);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".museum-sparql-status"), "9 dòng"));
        assertThat(editorText()).contains("herb:strategicRank");
    }

    /** The page scrolls inside the app layout, so bring the element to the middle before clicking it. */
    private void click(WebDriverWait wait, By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String editorText() {
        return browser.findElement(By.cssSelector("vaadin-text-area.museum-sparql-editor textarea")).getAttribute("value");
    }

    /** Header and body cells of the grid: Vaadin puts their content in the light DOM. */
    private List<String> cellTexts() {
        return browser.findElements(By.cssSelector("vaadin-grid.museum-sparql-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }
}
