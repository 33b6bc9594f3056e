package vn.laocai.museum.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/**
 * The map in headless Chromium with no tile server (the tests' default, as on an offline kiosk):
 * Leaflet loads from its WebJar, and the sourced outline (with its credit) and the five sourced points are drawn.
 */
class MapBrowserTest extends AppTestBase {

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
    void the_map_page_draws_the_outline_and_five_points_without_tiles() {
        browser.get(url("/map").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(driver -> driver.findElements(By.cssSelector(".museum-map .leaflet-marker-icon")).size() == 5);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        HeadlessChromium.screenshot(browser, "map-offline-province");

        assertThat(js.executeScript("return typeof L === 'object' && L.version")).isEqualTo("1.9.4");
        assertThat(browser.findElements(By.cssSelector(".museum-map .leaflet-tile"))).as("no tile server configured").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".museum-map .leaflet-overlay-pane path"))).as("province outline").isNotEmpty();
        // The outline's licence asks for its credit: it is shown in the map's corner, as text.
        assertThat(browser.findElement(By.cssSelector(".museum-map .leaflet-control-attribution")).getText())
                .contains("geoBoundaries").contains("CC BY-SA 4.0");
        WebElement icon = browser.findElement(By.cssSelector(".museum-map .leaflet-marker-icon"));
        wait.until(driver -> (Boolean) js.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", icon));
        assertThat(icon.getAttribute("src")).contains("/webjars/leaflet/1.9.4/dist/images/marker-icon");
        assertThat(browser.findElement(By.cssSelector(".museum-map-points")).getText()).contains("Sa Pa").contains("Bắc Hà");

        // Markers of neighbouring districts overlap at the province's zoom: click this one's element itself.
        js.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
                browser.findElement(By.cssSelector(".leaflet-marker-icon[title='Sa Pa']")));
        // The popup fades in: wait until its text can be seen.
        WebElement popup = wait.until(driver -> driver.findElements(By.cssSelector(".museum-map-popup")).stream()
                .filter(shown -> shown.getText().contains("Sa Pa")).findFirst().orElse(null));
        assertThat(popup.getText()).contains("Sa Pa").contains("Huyện cũ");
        assertThat(popup.findElement(By.tagName("a")).getAttribute("href")).endsWith("/places/sa-pa");
        HeadlessChromium.screenshot(browser, "map-offline");
    }
}
