package vn.laocai.museum.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/**
 * The kiosk in headless Chromium, with the tests' idle time of 8 seconds: it goes back to the attract
 * loop by itself and frees the visitor's UI on the server; nothing on it leads off the kiosk.
 */
class KioskBrowserTest extends AppTestBase {

    private static final List<String> KIOSK_PAGES = List.of("/kiosk", "/kiosk/categories?by=part&value=root", "/kiosk/a-z",
            "/kiosk/map", "/kiosk/species/panax-vietnamensis", "/kiosk/places/bat-xat", "/kiosk/stories/que-van-yen");

    @Autowired
    KioskScreens screens;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_idle_kiosk_returns_to_the_attract_loop_and_the_old_ui_is_gone() {
        Set<String> before = screens.live();
        browser.get(url("/kiosk").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kiosk-home .kiosk-tile")));
        wait.until(driver -> screens.live().size() > before.size());
        Set<String> mine = new HashSet<>(screens.live());
        mine.removeAll(before);
        assertThat(mine).hasSize(1);

        // No touch for the idle time: the attract loop, a fresh page.
        wait.until(ExpectedConditions.urlContains("/kiosk/attract"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kiosk-attract .kiosk-slide-shown")));
        wait.until(driver -> !screens.live().containsAll(mine));
        assertThat(screens.live()).as("the previous visitor's UI is detached and its session gone").doesNotContainAnyElementsOf(mine);
        assertThat(browser.findElements(By.cssSelector(".kiosk-attract .kiosk-slide")).size()).isGreaterThan(9);
        HeadlessChromium.screenshot(browser, "kiosk-attract");

        // The slides advance by themselves, and a touch starts again at the kiosk's home.
        String first = browser.findElement(By.cssSelector(".kiosk-attract > div")).getAttribute("data-slide");
        assertThat(first).isEqualTo("0");
        browser.findElement(By.cssSelector(".kiosk-attract")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kiosk-home .kiosk-tile")));
        assertThat(browser.getCurrentUrl()).endsWith("/kiosk");
    }

    @Test
    void no_kiosk_page_links_off_the_kiosk_or_to_login_or_sparql() {
        for (String page : KIOSK_PAGES) {
            browser.get(url(page).toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kiosk-content h1")));
            if (page.equals("/kiosk/map")) {
                wait.until(driver -> !driver.findElements(By.cssSelector(".leaflet-marker-icon")).isEmpty());
            }
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
            assertThat(hrefs).as(page).isNotEmpty().allSatisfy(href -> assertThat(href)
                    .as(page + " links to " + href)
                    .startsWith(url("/kiosk").toString())
                    .doesNotContain("/login").doesNotContain("/sparql"));
            assertThat(browser.findElements(By.cssSelector("input, textarea, vaadin-text-field"))).as(page + ": nothing to type").isEmpty();
            assertThat(browser.findElements(By.cssSelector("[target=_blank]"))).as(page).isEmpty();
        }
    }

    @Test
    void touch_targets_are_at_least_48_pixels_and_the_language_switches_on_screen() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1080, 1920));
        browser.get(url("/kiosk").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kiosk-home .kiosk-tile")));
        for (WebElement target : browser.findElements(By.cssSelector(".kiosk-nav a, .kiosk-languages vaadin-button, .kiosk-tile, .kiosk-chip"))) {
            assertThat(target.getSize().getHeight()).as(target.getText()).isGreaterThanOrEqualTo(48);
            assertThat(target.getSize().getWidth()).as(target.getText()).isGreaterThanOrEqualTo(48);
        }
        browser.findElement(By.cssSelector(".kiosk-languages vaadin-button[lang=en]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".kiosk-home h1"), "strategic medicinal herbs"));
        assertThat(browser.findElement(By.cssSelector(".kiosk-nav")).getText()).contains("Map");
    }
}
