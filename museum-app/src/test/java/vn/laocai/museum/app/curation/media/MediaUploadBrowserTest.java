package vn.laocai.museum.app.curation.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
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
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.media.MediaStore;
import vn.laocai.museum.media.ObjectKeys;
import vn.laocai.museum.media.samples.SampleModels;
import vn.laocai.museum.media.samples.SamplePictures;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesImage;

/**
 * A curator uploads a photograph and a broken 3D model through the page in a real (headless)
 * Chromium; both are checked in the background and the page, polling, shows what became of them.
 */
class MediaUploadBrowserTest extends CurationAppTestBase {

    /** A species no other test looks at, so its gallery may change here. */
    private static final UploadTarget TARGET = new UploadTarget("species", "coix-lacryma-jobi");

    @Autowired
    MediaUploads uploads;

    @Autowired
    MediaStore media;

    @Autowired
    AuditLog audit;

    @Autowired
    SpeciesCatalog catalog;

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
    void a_photo_is_stored_and_shown_and_a_cut_off_model_is_rejected_with_its_reason_in_vietnamese() throws Exception {
        // Over 1 MiB, so a servlet multipart limit would have refused it.
        byte[] photo = SamplePictures.cameraJpeg(2400, 1800, 1, 22.3, 103.8, 41);
        assertThat(photo.length).isGreaterThan(1 << 20);
        byte[] glb = SampleModels.glb(5, json -> {});
        byte[] cutModel = Arrays.copyOf(glb, glb.length / 2);
        Path files = Files.createTempDirectory("museum-upload-test-");
        Path photoFile = Files.write(files.resolve("ruong-y-di.jpg"), photo);
        Path modelFile = Files.write(files.resolve("hat-y-di.glb"), cutModel);
        String curator = account("uploader", "", Role.CURATOR);

        logIn(curator);
        browser.get(page("/curation"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='" + MediaUploadView.ROUTE + "']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".museum-media-targets-species a[href='" + MediaUploadView.ROUTE + "/" + TARGET.path() + "']"))).click();
        type("museum-media-upload-title-vi", "Ruộng ý dĩ");
        type("museum-media-upload-creator", "Lù Thị Mai");
        type("museum-media-upload-licence", "CC-BY-4.0");

        fileInput().sendKeys(photoFile + "\n" + modelFile);
        WebElement stored = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-media-upload-stored")));
        assertThat(stored.getText()).isEqualTo("ruong-y-di.jpg — đã lưu");
        WebElement rejected = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".museum-media-upload-rejected")));
        assertThat(rejected.getText()).isEqualTo("hat-y-di.glb — bị từ chối: tệp GLB bị cắt cụt: phần đầu khai " + glb.length
                + " byte, tệp chỉ có " + cutModel.length + " byte");
        wait.until(driver -> driver.findElement(By.cssSelector(".museum-media-current")).getText().contains("Ruộng ý dĩ"));
        HeadlessChromium.screenshot(browser, "media-upload");

        String photoIri = MuseumVocab.mediaIri(sha256(photo));
        TargetMedia shown = uploads.media(TARGET).stream().filter(item -> item.iri().equals(photoIri)).findFirst().orElseThrow();
        assertThat(shown.creator()).isEqualTo("Lù Thị Mai");
        assertThat(uploads.media(TARGET)).extracting(TargetMedia::iri).doesNotContain(MuseumVocab.mediaIri(sha256(cutModel)));
        assertThat(media.stat(ObjectKeys.forContent(sha256(cutModel), "glb"))).as("nothing of the model is stored").isEmpty();
        assertThat(media.stat(shown.key())).isPresent();

        SpeciesImage lead = catalog.find(TARGET.slug(), "vi").orElseThrow().images().getFirst();
        assertThat(lead.creator()).as("the photograph replaced the generated placeholder").isEqualTo("Lù Thị Mai");
        browser.get(page("/species/" + TARGET.slug()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".museum-gallery-lead img[src$='" + lead.key() + "']")));
        assertThat(browser.findElement(By.cssSelector(".museum-gallery")).getText()).contains("Ruộng ý dĩ").contains("Lù Thị Mai");
        HeadlessChromium.screenshot(browser, "media-upload-species-page");

        List<AuditEvent> entries = audit.latest(50).stream().filter(entry -> entry.actor().equals(curator)).toList();
        assertThat(entries).extracting(entry -> entry.action().code()).contains("media-uploaded", "media-rejected");
        assertThat(entries).extracting(AuditEvent::detail)
                .anyMatch(detail -> detail.startsWith(TARGET.path() + " · ruong-y-di.jpg · stored " + photoIri))
                .anyMatch(detail -> detail.startsWith(TARGET.path() + " · hat-y-di.glb · rejected: truncated GLB"));
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

    private void type(String fieldClass, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field." + fieldClass + " input")));
        input.sendKeys(text, Keys.TAB);
    }

    /** The upload's file input, wherever this version of the component keeps it. */
    private WebElement fileInput() {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload.museum-media-upload-files")));
        return wait.until(driver -> (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]') || (arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('input[type=file]'))",
                upload));
    }

    /** localhost, not 127.0.0.1: browsers keep a {@code Secure} cookie from http://localhost. */
    private String page(String path) {
        return "http://localhost:" + port + path;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
