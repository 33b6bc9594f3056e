package vn.laocai.museum.app.kiosk;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/**
 * The kiosk loses its server (connections dropped and refused, as during a restart) while a visitor
 * is away; when the server is back the kiosk finds its way to the attract loop by itself.
 */
class KioskRecoveryBrowserTest extends AppTestBase {

    private WebDriver browser;
    private SwitchableProxy proxy;

    @BeforeEach
    void start() throws Exception {
        proxy = new SwitchableProxy(port);
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        proxy.close();
    }

    @Test
    void an_idle_kiosk_whose_server_was_away_reaches_the_attract_loop_once_it_is_back() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://127.0.0.1:" + proxy.port() + "/kiosk");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kiosk-home .kiosk-tile")));

        proxy.down();
        // Longer than the idle time (8 s in tests): the kiosk goes idle while the server cannot be reached.
        Thread.sleep(12_000);
        org.assertj.core.api.Assertions.assertThat(browser.getCurrentUrl()).doesNotContain("/kiosk/attract");
        proxy.up();

        wait.until(ExpectedConditions.urlContains("/kiosk/attract"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kiosk-attract .kiosk-slide-shown")));
    }
}
