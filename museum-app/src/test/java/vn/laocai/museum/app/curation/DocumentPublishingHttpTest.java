package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.HeadlessChromium;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.DocumentEditing;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow.Editor;

/**
 * The running museum over HTTP: a species text, a story and a restricted knowledge record go
 * through the editorial workflow, and the public pages, {@code /api/search} and the editors'
 * pages (in headless Chromium) show exactly what each reader may see.
 */
class DocumentPublishingHttpTest extends CurationAppTestBase {

    private static final String RESTRICTED = "red-dao-family-bath-recipes";
    private static final String RESTRICTED_TITLE = "Bài thuốc tắm riêng của từng gia đình Dao đỏ";

    @Autowired
    private DocumentEditors editors;

    private HttpResponse<String> anonymous(String path) throws Exception {
        return HttpSession.anonymous(http, url("")).get(path);
    }

    private String search(String word) throws Exception {
        return anonymous("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).body();
    }

    private static void edit(DocumentEditing editing, Editor editor, String slug, String field, String value) {
        DocumentEditing.Loaded loaded = editing.load(editor, slug);
        loaded.form().set(field, value);
        editing.save(editor, loaded.form(), loaded.version());
    }

    @Test
    void a_published_species_text_is_on_its_page_and_in_search_until_it_is_archived() throws Exception {
        DocumentEditing species = editors.of(EditorialKind.SPECIES);
        String slug = "lanxangia-tsao-ko";
        Editor curator = new Editor(account("species-curator", "", Role.CURATOR), Set.of(Role.CURATOR));
        Editor reviewer = new Editor(account("species-reviewer", "", Role.REVIEWER), Set.of(Role.REVIEWER));
        edit(species, curator, slug, "narrative-vi", "Quả thảo quả Trivelquaz phơi trên gác bếp.");
        species.workflow().submit(curator, slug);
        assertThat(anonymous("/species/" + slug).body()).doesNotContain("Trivelquaz");
        assertThat(search("Trivelquaz")).doesNotContain(slug);

        species.workflow().publish(reviewer, slug);
        assertThat(anonymous("/species/" + slug).body()).contains("Trivelquaz");
        assertThat(search("Trivelquaz")).contains(slug);

        species.workflow().archive(reviewer, slug);
        HttpResponse<String> page = anonymous("/species/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Trivelquaz");
        assertThat(search("Trivelquaz")).doesNotContain(slug);
    }

    @Test
    void a_published_story_is_on_its_page_and_in_search_until_it_is_archived() throws Exception {
        DocumentEditing stories = editors.of(EditorialKind.STORY);
        String slug = "thao-qua-duoi-tan-rung";
        Editor curator = new Editor(account("story-curator", "", Role.CURATOR), Set.of(Role.CURATOR));
        Editor reviewer = new Editor(account("story-reviewer", "", Role.REVIEWER), Set.of(Role.REVIEWER));
        edit(stories, curator, slug, "title-vi", "Thảo quả dưới tán rừng Quenmorath");
        stories.workflow().submit(curator, slug);
        stories.workflow().publish(reviewer, slug);
        assertThat(anonymous("/stories/" + slug).body()).contains("Quenmorath");
        assertThat(search("Quenmorath")).contains(slug);
        stories.workflow().archive(reviewer, slug);
        assertThat(anonymous("/stories/" + slug).statusCode()).isEqualTo(404);
        assertThat(search("Quenmorath")).doesNotContain(slug);
    }

    @Test
    void a_restricted_record_published_by_its_keeper_stays_restricted_and_out_of_every_other_editor() throws Exception {
        DocumentEditing knowledge = editors.of(EditorialKind.KNOWLEDGE);
        String keeperName = account("dao-keeper", "Dao", Role.KEEPER);
        Editor keeper = new Editor(keeperName, Set.of(Role.KEEPER), "Dao");
        edit(knowledge, keeper, RESTRICTED, "narrative-vi", "Cộng đồng cho phép ghi thêm Ostravelin.");
        knowledge.workflow().submit(keeper, RESTRICTED);
        knowledge.workflow().publish(keeper, RESTRICTED);

        assertThat(anonymous("/knowledge/" + RESTRICTED).statusCode()).isEqualTo(404);
        assertThat(search("Ostravelin")).doesNotContain(RESTRICTED);
        assertThat(anonymous("/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"Ostravelin\")) }",
                StandardCharsets.UTF_8)).body()).contains("false");
        assertThat(login(keeperName, PASSWORD).get("/knowledge/" + RESTRICTED).statusCode()).isEqualTo(200);

        // The editors' pages are drawn in the browser: a real one shows what each account sees.
        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            logIn(browser, wait, keeperName);
            browser.get(url("/knowledge/" + RESTRICTED).toString());
            wait.until(driver -> driver.getPageSource().contains("Ostravelin"));
            browser.get(url("/curation").toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.museum-curation-edit-knowledge"))).click();
            wait.until(driver -> driver.getPageSource().contains(RESTRICTED_TITLE));
            browser.get(url("/curation/knowledge/" + RESTRICTED).toString());
            WebElement narrative = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area.museum-editor-narrative-vi")));
            assertThat(narrative.getDomProperty("value")).contains("Ostravelin");
            HeadlessChromium.screenshot(browser, "knowledge-editor-keeper");
        } finally {
            browser.quit();
        }
        for (String other : new String[] {account("knowledge-curator", "", Role.CURATOR), account("hmong-keeper", "H'Mông", Role.KEEPER)}) {
            browser = HeadlessChromium.start();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                logIn(browser, wait, other);
                for (String path : new String[] {"/curation/knowledge", "/curation/knowledge/" + RESTRICTED, "/curation/knowledge-history/" + RESTRICTED}) {
                    browser.get(url(path).toString());
                    // Drawn: the view's heading, or the answer of a route this account may not open.
                    wait.until(driver -> driver.findElements(By.cssSelector("h1")).stream().anyMatch(h1 -> !h1.getText().isBlank())
                            || String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.body.innerText"))
                                    .contains("Could not navigate"));
                    assertThat(browser.getPageSource()).as(other + " " + path).doesNotContain(RESTRICTED_TITLE).doesNotContain("Ostravelin");
                }
            } finally {
                browser.quit();
            }
        }
    }

    private void logIn(WebDriver browser, WebDriverWait wait, String username) {
        browser.get(url("/login").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(username);
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(PASSWORD);
        password.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches("/curation$"));
    }
}
