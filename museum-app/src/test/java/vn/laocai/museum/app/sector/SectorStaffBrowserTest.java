package vn.laocai.museum.app.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.HeadlessChromium;
import vn.laocai.museum.app.curation.CurationAppTestBase;
import vn.laocai.museum.app.curation.account.Role;

/**
 * The staff tables in a real (headless) Chromium, logged in as STAFF: a growing area corrected on
 * its form (a bad code refused at its field first), the correction dropped again, a CSV with a bad
 * row previewed row by row on another table, and axe-core on the page.
 */
class SectorStaffBrowserTest extends CurationAppTestBase {

    @Autowired
    SectorEditor editor;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staff_correct_a_growing_area_on_its_form_drop_the_correction_and_preview_a_file_with_a_bad_row() throws IOException {
        logIn(account("staff-browser", "", Role.STAFF));

        browser.get(page("/staff/growing-areas"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Vùng trồng (cán bộ)"));
        type("code", "VN-LCI-BXT-ALU-0000");
        click("museum-sector-check");
        wait.until(driver -> error("code").contains("số thứ tự 0000 không phải là mã"));
        assertThat(field("code").getAttribute("invalid")).isNotNull();

        type("code", "VN-LCI-BXT-ALU-0001");
        click("museum-sector-load");
        wait.until(driver -> "40.0".equals(value("area_ha")));
        type("area_ha", "42.5");
        click("museum-sector-check");
        wait.until(driver -> previewText().contains("sửa") && previewText().contains("Diện tích (ha)"));
        assertThat(error("code")).isEmpty();
        click("museum-sector-apply");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".museum-sector-status"), "Đã ghi 1 bản ghi."));
        HeadlessChromium.screenshot(browser, "staff-growing-area-saved");

        browser.navigate().refresh();
        type("code", "VN-LCI-BXT-ALU-0001");
        click("museum-sector-load");
        wait.until(driver -> "42.5".equals(value("area_ha")));
        assertThat(browser.findElement(By.cssSelector(".museum-sector-status")).getText()).isEqualTo("cán bộ đã sửa");
        assertThat(axe()).as("axe on /staff/growing-areas").isEmpty();

        click("museum-sector-revert");
        WebElement reason = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-area.museum-sector-revert-reason textarea")));
        reason.sendKeys("Đo lại: số của bộ nội dung đúng");
        click("museum-sector-revert-confirm");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".museum-sector-status"), "Đã trở lại bản của bộ nội dung."));
        wait.until(driver -> "40.0".equals(value("area_ha")));
        assertThat(editor.editedByStaff("https://w3id.org/laocai-herbs/id/area/bxt-alu-0001")).isFalse();

        browser.get(page("/staff/yearly-output"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Diện tích và sản lượng theo năm (cán bộ)"));
        Path csv = Files.writeString(Files.createTempDirectory("museum-staff-csv-").resolve("san-luong.csv"), """
                species,commune,year,tonnes,hectares,sample
                cynara-scolymus,sa-pa-ham-rong,2026,40,10,false
                no-such-species,sa-pa-ham-rong,2026,-1,1,false
                """, StandardCharsets.UTF_8);
        fileInput().sendKeys(csv.toString());
        wait.until(driver -> previewText().contains("lỗi"));
        String preview = previewText();
        assertThat(preview).contains("mới").contains("Loài: không có \"no-such-species\" trong cơ sở dữ liệu")
                .contains("Sản lượng (tấn): không được âm: -1");
        assertThat(browser.findElement(By.cssSelector("vaadin-button.museum-sector-apply")).getAttribute("disabled")).isNotNull();
        assertThat(browser.findElement(By.cssSelector(".museum-sector-status")).getText())
                .isEqualTo("Có dòng bị lỗi: hãy sửa rồi kiểm tra lại. Chưa có gì được ghi.");
        HeadlessChromium.screenshot(browser, "staff-yearly-output-preview");
        assertThat(editor.find(SectorTables.find("yearly-output").orElseThrow(),
                Map.of("species", "cynara-scolymus", "commune", "sa-pa-ham-rong", "year", "2026"))).as("nothing written").isEmpty();
    }

    private void logIn(String username) {
        browser.get(page("/login"));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        name.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.sendKeys(PASSWORD);
        secret.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches("/curation$"));
    }

    private WebElement field(String column) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field.museum-sector-field-" + column.replace('_', '-'))));
    }

    private void type(String column, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-text-field.museum-sector-field-" + column.replace('_', '-') + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    private String value(String column) {
        return String.valueOf(js("return arguments[0].value", field(column)));
    }

    private String error(String column) {
        return String.valueOf(js("return arguments[0].invalid ? (arguments[0].errorMessage || '') : ''", field(column)));
    }

    /** Scrolled to the middle of the window first: below the fold, the layout's header would take the click. */
    private void click(String className) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button." + className)));
        js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** What the preview grid shows, row by row. */
    private String previewText() {
        return String.join(" | ", browser.findElements(By.cssSelector("vaadin-grid.museum-sector-preview vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList());
    }

    /** The upload's file input, wherever this version of the component keeps it. */
    private WebElement fileInput() {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        return wait.until(driver -> (WebElement) js(
                "return arguments[0].querySelector('input[type=file]') || (arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('input[type=file]'))",
                upload));
    }

    /** axe-core's serious and critical violations (WCAG 2.0–2.2 A and AA) on the page as it is now. */
    private List<String> axe() throws IOException {
        try (InputStream script = SectorStaffBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(script).as("axe-core, fetched by the build into the test classes").isNotNull();
            js(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                                    resultTypes: ['violations'] })
                   .then(result => done(result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ') }))))
                   .catch(error => done([{ id: 'axe-error', impact: 'critical', help: String(error), targets: '' }]));""");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
                serious.add(violation.get("impact") + " " + violation.get("id") + ": " + violation.get("help") + " — " + violation.get("targets"));
            }
        }
        return serious;
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** localhost, not 127.0.0.1: browsers keep a {@code Secure} cookie from http://localhost. */
    private String page(String path) {
        return "http://localhost:" + port + path;
    }
}
