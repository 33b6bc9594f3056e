package vn.laocai.museum.app.curation;

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
import vn.laocai.museum.app.HeadlessChromium;
import vn.laocai.museum.app.curation.account.Role;

/** Curators in a real (headless) Chromium: the login form, the curation home, the admin views and who may open them. */
class CurationBrowserTest extends CurationAppTestBase {

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

    /** localhost, not 127.0.0.1: browsers keep a {@code Secure} cookie from http://localhost, a secure context. */
    private String page(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String username, String password) {
        browser.get(page("/login"));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        name.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
    }

    @Test
    void an_admin_logs_in_through_the_login_form_and_manages_accounts() {
        String curator = account("browser-curator", "", Role.CURATOR);
        logIn(ADMIN, ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlMatches("/curation$"));
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-curation h1")));
        assertThat(heading.getText()).isEqualTo("Khu quản lý");
        assertThat(browser.findElement(By.cssSelector(".museum-account-name")).getText()).isEqualTo(ADMIN);
        HeadlessChromium.screenshot(browser, "curation-home-admin");

        browser.findElement(By.cssSelector(".museum-curation-role-admin a[href='curation/accounts']")).click();
        WebElement grid = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-accounts-grid")));
        wait.until(driver -> grid.getText().contains(curator));
        assertThat(grid.getText()).contains(ADMIN).contains("CURATOR");
        HeadlessChromium.screenshot(browser, "curation-accounts");

        browser.get(page("/curation/audit"));
        WebElement log = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-audit-grid")));
        wait.until(driver -> log.getText().contains("login-succeeded"));
        HeadlessChromium.screenshot(browser, "curation-audit");
    }

    @Test
    void a_wrong_password_keeps_the_form_with_its_error() {
        logIn(ADMIN, "not the admin password");
        wait.until(ExpectedConditions.urlContains("/login?error"));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form[error]")));
        assertThat(form).isNotNull();
        HeadlessChromium.screenshot(browser, "login-error");
    }

    @Test
    void a_curator_is_not_shown_the_admin_views_and_logs_out_from_the_header() {
        String curator = account("browser-denied", "", Role.CURATOR);
        logIn(curator, PASSWORD);
        wait.until(ExpectedConditions.urlMatches("/curation$"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-curation-role-curator")));
        assertThat(browser.findElements(By.cssSelector("a[href='curation/accounts']"))).isEmpty();

        for (String denied : new String[] {"/curation/accounts", "/curation/audit"}) {
            browser.get(page(denied));
            WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-access-denied h1")));
            assertThat(refusal.getText()).isEqualTo("Trang này cần một vai trò khác");
            assertThat(browser.findElements(By.cssSelector(".museum-accounts, .museum-audit"))).as(denied).isEmpty();
            assertThat(browser.findElement(By.cssSelector(".museum-access-denied a[href='curation']")).isDisplayed()).isTrue();
        }
        HeadlessChromium.screenshot(browser, "curation-denied");

        browser.get(page("/curation"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".museum-account .museum-logout"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".museum-account-name")));
        browser.get(page("/curation"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void anonymous_visitors_see_no_login_link_and_no_account_in_the_header() {
        browser.get(page("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".museum-card")));
        assertThat(browser.findElements(By.cssSelector("a[href*='login']"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".museum-account")).getText()).isEmpty();
    }
}
