package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/**
 * The corpus's restricted record of the Red Dao of Tả Phìn: its keepers and reviewers read it on
 * its knowledge page; anonymous visitors, curators and keepers of another community get the same
 * "not found" as for a page that does not exist.
 */
class RestrictedKnowledgeAccessTest extends CurationAppTestBase {

    private static final String PAGE = "/knowledge/red-dao-family-bath-recipes";
    private static final String TITLE = "Bài thuốc tắm riêng của từng gia đình Dao đỏ";

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
    void anonymous_visitors_curators_and_other_keepers_get_the_answer_of_a_missing_page() throws Exception {
        HttpResponse<String> anonymous = HttpSession.anonymous(http, url("")).get(PAGE);
        HttpResponse<String> missing = HttpSession.anonymous(http, url("")).get("/knowledge/no-such-record");
        assertThat(anonymous.statusCode()).isEqualTo(404);
        for (HttpSession reader : new HttpSession[] {
                login(account("curator", "", Role.CURATOR), PASSWORD),
                login(account("hmong-keeper", "H'Mông", Role.KEEPER), PASSWORD),
                login(account("staff", "", Role.STAFF, Role.ADMIN), PASSWORD)}) {
            assertThat(reader.loggedIn()).isTrue();
            HttpResponse<String> response = reader.get(PAGE);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain(TITLE).doesNotContain("Dao đỏ");
            assertThat(sameShape(response.body(), "red-dao-family-bath-recipes"))
                    .isEqualTo(sameShape(missing.body(), "no-such-record"));
        }
    }

    @Test
    void a_keeper_of_the_dao_community_and_a_reviewer_reach_the_page() throws Exception {
        assertThat(login(account("dao-keeper", "Dao", Role.KEEPER), PASSWORD).get(PAGE).statusCode()).isEqualTo(200);
        assertThat(login(account("reviewer", "", Role.REVIEWER), PASSWORD).get(PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void a_dao_keeper_reads_the_record_and_finds_it_from_the_curation_home() {
        String keeper = account("dao-reader", "Dao", Role.KEEPER);
        logIn(keeper);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".museum-curation-restricted a")));
        assertThat(link.getText()).isEqualTo(TITLE);
        link.click();
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-restricted-notice")));
        assertThat(notice.getText()).contains("Dao đỏ");
        assertThat(browser.findElement(By.cssSelector("vaadin-app-layout h1")).getText()).isEqualTo(TITLE);
        HeadlessChromium.screenshot(browser, "restricted-knowledge-keeper");
    }

    @Test
    void a_keeper_of_another_community_sees_no_record_in_the_browser() {
        String keeper = account("hmong-reader", "H'Mông", Role.KEEPER);
        logIn(keeper);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-curation-restricted")));
        assertThat(list.findElements(By.tagName("a"))).isEmpty();
        browser.get("http://localhost:" + port + PAGE);
        wait.until(driver -> driver.getPageSource().contains("404") || driver.getPageSource().contains("not found")
                || driver.getPageSource().contains("Could not navigate"));
        assertThat(browser.getPageSource()).doesNotContain(TITLE);
    }

    /** The answer with the slug and the time of day taken out. */
    private static String sameShape(String body, String slug) {
        return body.replace(slug, "X").replaceAll("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z", "T");
    }

    private void logIn(String username) {
        browser.get("http://localhost:" + port + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(username);
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(PASSWORD);
        password.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches("/curation$"));
    }
}
