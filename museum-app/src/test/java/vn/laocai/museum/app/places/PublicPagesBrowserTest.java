package vn.laocai.museum.app.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/**
 * The public pages in headless Chromium at a phone's size (360 × 800) and the kiosk's (1080 × 1920):
 * each renders its live heading under its first-HTML title; a screenshot of each is saved under
 * target/screenshots/ for people to look at.
 */
class PublicPagesBrowserTest extends AppTestBase {

    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("places", "/places");
        PAGES.put("place-sa-pa", "/places/sa-pa");
        PAGES.put("place-bat-xat", "/places/bat-xat");
        PAGES.put("marks", "/marks");
        PAGES.put("mark-gi-van-yen", "/marks/gi-00018-van-yen");
        PAGES.put("conservation", "/conservation");
        PAGES.put("conservation-nd-84-2021", "/conservation/nd-84-2021");
        PAGES.put("instrument-nd-84-2021", "/instruments/nd-84-2021");
        PAGES.put("species-catalogue", "/species");
        PAGES.put("species-catalogue-list", "/species?view=list&part=root");
        PAGES.put("map", "/map");
        PAGES.put("about-data", "/about-data");
        PAGES.put("kiosk-home", "/kiosk");
        PAGES.put("kiosk-categories", "/kiosk/categories?by=part&value=root");
        PAGES.put("kiosk-a-z", "/kiosk/a-z");
        PAGES.put("kiosk-map", "/kiosk/map");
        PAGES.put("kiosk-species", "/kiosk/species/panax-vietnamensis");
    }

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
    void every_page_renders_under_its_title_at_phone_and_kiosk_sizes() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        for (String size : new String[] {"phone", "kiosk"}) {
            browser.manage().window().setSize(size.equals("phone") ? new Dimension(360, 800) : new Dimension(1080, 1920));
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                browser.get(url(page.getValue()).toString());
                boolean kiosk = page.getValue().startsWith("/kiosk");
                WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(kiosk ? ".kiosk-content h1" : "vaadin-app-layout h1")));
                assertThat(heading.getText()).as(page.getKey()).isNotBlank();
                if (!kiosk) {
                    assertThat(browser.getTitle()).as(page.getKey()).endsWith("— Bảo tàng Dược liệu số Lào Cai")
                            .startsWith(heading.getText().substring(0, Math.min(12, heading.getText().length())));
                }
                if (page.getValue().contains("map")) {
                    wait.until(driver -> !driver.findElements(By.cssSelector(".leaflet-marker-icon")).isEmpty());
                }
                if (page.getValue().startsWith("/species")) {
                    wait.until(driver -> !driver.findElements(By.cssSelector(
                            page.getValue().contains("list") ? "vaadin-grid-cell-content a" : ".museum-catalogue-card")).isEmpty());
                }
                HeadlessChromium.screenshot(browser, size + "-" + page.getKey());
            }
        }
    }

    @Test
    void the_catalogue_switches_between_cards_and_list_and_keeps_the_choice_in_the_address() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(url("/species").toString());
        wait.until(driver -> !driver.findElements(By.cssSelector(".museum-catalogue-card")).isEmpty());
        browser.findElement(By.cssSelector(".museum-toggle-list")).click();
        wait.until(driver -> !driver.findElements(By.cssSelector("vaadin-grid-cell-content a")).isEmpty());
        wait.until(ExpectedConditions.urlContains("view=list"));
        assertThat(browser.findElements(By.cssSelector(".museum-catalogue-card"))).isEmpty();
    }
}
