package vn.laocai.museum.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;

/** A visitor scans a lot's QR code: the decoded address opens the chain in a real Chromium; bad codes warn. */
class TraceBrowserTest extends AppTestBase {

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
    void the_decoded_qr_code_opens_the_chain_back_to_the_growing_area_and_the_species() throws Exception {
        HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(url("/trace-qr" + TraceHttpTest.ANGELICA + ".png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String scanned = TraceHttpTest.decode(png.body());

        browser.get(scanned);
        WebElement lot = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace-lot")));
        assertThat(lot.getText()).contains("DQ-2412-07").contains("(01)02000000000022(10)DQ-2412-07");
        assertThat(browser.findElement(By.cssSelector(".museum-sample")).getText()).contains("DỮ LIỆU MẪU");
        assertThat(browser.findElement(By.id("trace-steps")).getText()).contains("Phân loại và đóng gói").contains("Rửa, thái lát và sấy");
        assertThat(browser.findElement(By.id("trace-harvest")).getText()).contains("VN-LCI-BXT-YTY-0001").contains("Y Tý").contains("Bát Xát");
        assertThat(browser.findElement(By.id("trace-certifications")).getText()).contains("GACP-WHO").contains("GACP-MAU-2023-01");
        HeadlessChromium.screenshot(browser, "trace-angelica");

        browser.findElement(By.id("trace-species")).click();
        wait.until(ExpectedConditions.urlContains("/species/angelica-sinensis"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-names")));
    }

    @Test
    void a_typed_code_opens_its_trace_page_and_a_wrong_one_is_refused() {
        browser.get(url("/trace?lang=en").toString());
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#trace-code input")));
        field.sendKeys("(01)02000000000023(10)DQ-2412-07", org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("trace-code"), "invalid", "true"));
        field.clear();
        field.sendKeys("(01)02000000000022(10)DQ-2412-07", org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/01/02000000000022/10/DQ-2412-07"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace-lot"))).getText()).contains("DQ-2412-07");
    }

    @Test
    void a_harvest_before_its_area_was_certified_shows_no_certification() {
        browser.get(url("/01/02000000000053/10/VQ-2209-01?lang=en").toString());
        WebElement certifications = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace-certifications")));
        assertThat(certifications.getText()).isEqualTo("No certification of the growing area was valid on the harvest day.");
    }

    @Test
    void an_unknown_code_and_a_withdrawn_one_show_a_counterfeit_warning() {
        browser.get(url(TraceHttpTest.UNKNOWN + "?lang=en").toString());
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace-warning")));
        assertThat(warning.getText()).contains("not on record").contains("counterfeit");
        assertThat(browser.findElements(By.id("trace-lot"))).isEmpty();
        HeadlessChromium.screenshot(browser, "trace-unknown");

        browser.get(url(TraceHttpTest.REVOKED + "?lang=vi").toString());
        warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace-warning")));
        assertThat(warning.getText()).contains("đã bị thu hồi").contains("nhãn bị sao chép");
        assertThat(browser.findElements(By.id("trace-lot"))).isEmpty();
    }
}
