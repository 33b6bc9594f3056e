package vn.laocai.museum.app.curation.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.curation.CurationAppTestBase;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.media.MediaStore;
import vn.laocai.museum.media.check.MediaWarning;
import vn.laocai.museum.media.check.WarningCode;
import vn.laocai.museum.media.ObjectKeys;
import vn.laocai.museum.media.samples.SampleModels;
import vn.laocai.museum.media.samples.SamplePictures;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The upload panel without a browser (Karibu), on the running museum: its real pool, TDB2 store,
 * S3 server and audit log. Files enter as the upload's handler hands them over, and the page in
 * Vietnamese follows them through the pool.
 */
@ExtendWith(MuseumMockVaadin.PerTest.class)
class MediaUploadPanelTest extends CurationAppTestBase {

    @Autowired
    MediaUploads uploads;

    @Autowired
    UploadJobs jobs;

    @Autowired
    MediaStore media;

    @Autowired
    GraphStore graph;

    @Autowired
    AuditLog audit;

    private MediaUploadPanel panel;

    @Test
    void a_truncated_glb_and_a_corrupt_jpeg_are_refused_in_vietnamese_naming_the_file_and_leave_nothing_behind() throws Exception {
        UploadTarget target = new UploadTarget("species", "cymbopogon");
        open(target, "sả-tester");
        byte[] glb = SampleModels.glb(5, json -> {});
        byte[] cutModel = Arrays.copyOf(glb, 600);
        byte[] photo = SamplePictures.cameraJpeg(800, 600, 1, 22.3, 103.8, 17);
        byte[] cutPhoto = Arrays.copyOf(photo, photo.length / 2);
        int before = uploads.media(target).size();

        receive("re-sa.glb", cutModel);
        receive("cay-sa.jpg", cutPhoto);
        panel.submitReceived();
        awaitLines(2, "museum-media-upload-rejected");

        assertThat(lineTexts("museum-media-upload-rejected")).containsExactlyInAnyOrder(
                "re-sa.glb — bị từ chối: tệp GLB bị cắt cụt: phần đầu khai " + glb.length + " byte, tệp chỉ có 600 byte",
                lineTexts("museum-media-upload-rejected").stream().filter(text -> text.startsWith("cay-sa.jpg")).findFirst().orElse("none"));
        assertThat(lineTexts("museum-media-upload-rejected")).anySatisfy(text ->
                assertThat(text).matches("cay-sa\\.jpg — bị từ chối: tệp JPEG bị (hỏng|cắt cụt).*"));
        for (byte[] refused : List.of(cutModel, cutPhoto)) {
            String hash = sha256(refused);
            assertThat(media.stat(ObjectKeys.forContent(hash, refused == cutModel ? "glb" : "jpg"))).isEmpty();
            for (MuseumGraph named : MuseumGraph.values()) {
                assertThat(graph.select(named, QueryFactory.create("SELECT * { { <" + MuseumVocab.mediaIri(hash) + "> ?p ?o } UNION { ?s ?p <"
                        + MuseumVocab.mediaIri(hash) + "> } } LIMIT 1"), Map.of())).as(named.name()).isEmpty();
            }
        }
        assertThat(uploads.media(target)).hasSize(before);
        assertThat(audit.latest(50)).extracting(AuditEvent::detail)
                .contains("species/cymbopogon · re-sa.glb · rejected: truncated GLB: header declares " + glb.length + " bytes, file has 600")
                .anyMatch(detail -> detail.startsWith("species/cymbopogon · cay-sa.jpg · rejected: "));
    }

    @Test
    void a_model_with_more_triangles_than_the_kiosks_take_is_stored_with_the_warning_in_vietnamese() throws Exception {
        UploadTarget target = new UploadTarget("remedy", "dang-sam-bo-khi");
        open(target, "kiosk-budget-tester");
        receive("mo-hinh-nang.glb", SampleModels.glb(501, json -> {})); // 2 × 501² = 502,002 triangles, 9 MB
        panel.submitReceived();
        awaitLines(1, "museum-media-upload-stored");

        assertThat(lineTexts("museum-media-upload-stored")).containsExactly(
                "mo-hinh-nang.glb — đã lưu (vượt mức cho phép của ki-ốt: 502002 tam giác > 500000)");
        assertThat(audit.latest(50)).extracting(AuditEvent::detail)
                .anyMatch(detail -> detail.startsWith("remedy/dang-sam-bo-khi · mo-hinh-nang.glb · stored "));
    }

    @Test
    void a_model_over_the_kiosk_budget_is_stored_with_its_warnings_in_vietnamese_and_in_english() {
        open(new UploadTarget("species", "cymbopogon"), "kiosk-tester");
        UploadOutcome heavy = new UploadOutcome("re-sa.glb", UploadOutcome.Status.STORED, MuseumVocab.mediaIri("heavy"), null,
                List.of(WarningCode.KIOSK_SIZE.with("16.2", "15.0"), WarningCode.KIOSK_TRIANGLES.with(612000, 500000)));

        assertThat(panel.text(heavy, List.of())).isEqualTo("re-sa.glb — đã lưu"
                + " (vượt mức cho phép của ki-ốt: 16.2 MB > 15.0 MB) (vượt mức cho phép của ki-ốt: 612000 tam giác > 500000)");
        assertThat(heavy.warnings()).extracting(MediaWarning::text).containsExactly(
                "over the kiosk budget: 16.2 MB > 15.0 MB", "over the kiosk budget: 612000 triangles > 500000");

        MuseumMockVaadin.switchTo(java.util.Locale.ENGLISH);
        open(new UploadTarget("species", "cymbopogon"), "kiosk-tester");
        assertThat(panel.text(heavy, List.of())).isEqualTo("re-sa.glb — stored"
                + " (over the kiosk budget: 16.2 MB > 15.0 MB) (over the kiosk budget: 612000 triangles > 500000)");
    }

    @Test
    void the_same_page_in_english_gives_the_english_reason() throws Exception {
        UploadTarget target = new UploadTarget("species", "cymbopogon");
        MuseumMockVaadin.switchTo(java.util.Locale.ENGLISH);
        open(target, "lemongrass-tester");
        receive("empty.glb", new byte[0]);
        panel.submitReceived();
        awaitLines(1, "museum-media-upload-rejected");
        assertThat(lineTexts("museum-media-upload-rejected")).containsExactly("empty.glb — rejected: empty file");
    }

    @Test
    void a_second_upload_is_taken_while_the_first_is_being_checked_and_both_outcomes_are_recorded() throws Exception {
        UploadTarget target = new UploadTarget("species", "docynia-indica");
        String curator = "tao-meo-tester";
        open(target, curator);
        CountDownLatch firstChecking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Holds the pool's worker inside the first file's check, as a slow 100 MB model would.
        try (AutoCloseable hold = jobs.observe(progress -> {
            if (progress.fileName().equals("qua-tao-meo.jpg") && progress.stage() == UploadJobs.Stage.CHECKING) {
                firstChecking.countDown();
                await(release);
            }
        }); AutoCloseable released = release::countDown) {
            receive("qua-tao-meo.jpg", SamplePictures.cameraJpeg(1200, 900, 1, 22.3, 103.8, 31));
            panel.submitReceived();
            assertThat(firstChecking.await(120, TimeUnit.SECONDS)).isTrue();

            receive("hoa-tao-meo.jpg", SamplePictures.cameraJpeg(1000, 800, 1, 22.3, 103.8, 32));
            panel.submitReceived();
            MockVaadin.runUIQueue();
            assertThat(lineTexts("museum-media-upload-received")).containsExactly("hoa-tao-meo.jpg — đã nhận, chờ kiểm tra");
            assertThat(lineTexts("museum-media-upload-checking")).containsExactly("qua-tao-meo.jpg — đang kiểm tra và tạo các cỡ ảnh");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(MediaUploadPanel.POLL_MILLIS);
        }
        awaitLines(2, "museum-media-upload-stored");

        assertThat(lineTexts("museum-media-upload-stored")).containsExactlyInAnyOrder("qua-tao-meo.jpg — đã lưu", "hoa-tao-meo.jpg — đã lưu");
        assertThat(UI.getCurrent().getPollInterval()).as("no more polling once nothing is on its way").isEqualTo(-1);
        assertThat(audit.latest(50).stream().filter(entry -> entry.actor().equals(curator)).map(AuditEvent::detail))
                .anyMatch(detail -> detail.startsWith("species/docynia-indica · qua-tao-meo.jpg · stored "))
                .anyMatch(detail -> detail.startsWith("species/docynia-indica · hoa-tao-meo.jpg · stored "));
    }

    @Test
    void a_gltf_chosen_with_its_buffer_is_one_model_and_a_uri_outside_its_folder_is_refused() throws Exception {
        UploadTarget target = new UploadTarget("remedy", "dang-sam-bo-khi");
        open(target, "dang-sam-tester");
        receive("cu-dang-sam.gltf", SampleModels.gltf(6, "cu-dang-sam.bin", json -> {}));
        receive("cu-dang-sam.bin", SampleModels.buffer(6));
        receive("tron.gltf", SampleModels.gltf(4, "../cu-dang-sam.bin", json -> {}));
        receive("tuyet-doi.gltf", SampleModels.gltf(4, "file:///etc/passwd", json -> {}));
        panel.submitReceived();
        awaitLines(1, "museum-media-upload-stored");
        awaitLines(2, "museum-media-upload-rejected");

        assertThat(lineTexts("museum-media-upload-stored")).containsExactly("cu-dang-sam.gltf (cùng cu-dang-sam.bin) — đã lưu");
        assertThat(lineTexts("museum-media-upload-rejected")).containsExactlyInAnyOrder(
                "tron.gltf — bị từ chối: glTF trỏ tới “../cu-dang-sam.bin”, nằm ngoài thư mục của nó",
                "tuyet-doi.gltf — bị từ chối: glTF trỏ tới “file:///etc/passwd”, không phải một tệp nằm cạnh nó (đường dẫn tuyệt đối hoặc địa chỉ)");
        assertThat(uploads.media(target)).filteredOn(TargetMedia::model).extracting(TargetMedia::title).contains("Mô hình thử");
    }

    @Test
    void a_file_name_with_a_folder_in_it_never_reaches_the_disk() throws Exception {
        open(new UploadTarget("remedy", "dang-sam-bo-khi"), "ten-tester");
        Path file = Files.write(Files.createTempFile("museum-upload-", ".part"), SampleModels.buffer(2));

        assertThat(panel.receive("../x.bin", file, "203.0.113.7")).hasValueSatisfying(reason -> assertThat(reason.code()).isEqualTo("unsafe-name"));
        MockVaadin.runUIQueue();
        assertThat(file).as("left where it arrived, for the upload handler to delete").exists();
        Files.delete(file);

        assertThat(lineTexts("museum-media-upload-rejected")).singleElement().asString().startsWith("../x.bin — bị từ chối: tên tệp “../x.bin”");
        assertThat(UploadBatch.plainName("x.bin")).isTrue();
        assertThat(List.of("../x.bin", "a/b.png", "a\\b.png", "C:x.bin", "..", "", "x\u0000.bin")).noneMatch(UploadBatch::plainName);
    }

    private void open(UploadTarget target, String actor) {
        panel = new MediaUploadPanel(uploads, jobs, target, 50L << 20, actor);
        UI.getCurrent().add(panel);
        fill("museum-media-upload-title-vi", target.kind().equals("remedy") ? "Mô hình thử" : "Ảnh thử");
        fill("museum-media-upload-creator", "Lù Thị Mai");
        fill("museum-media-upload-licence", "CC-BY-4.0");
    }

    private void fill(String className, String value) {
        panel.getChildren().flatMap(component -> component.getChildren()).filter(TextField.class::isInstance)
                .map(TextField.class::cast).filter(field -> field.hasClassName(className)).findFirst().orElseThrow().setValue(value);
    }

    /** What the upload's handler does with a file that has streamed in. */
    private void receive(String name, byte[] content) throws Exception {
        Path file = Files.write(Files.createTempFile("museum-upload-", ".part"), content);
        assertThat(panel.receive(name, file, "203.0.113.7")).as(name).isEmpty();
        MockVaadin.runUIQueue();
    }

    private List<String> lineTexts(String className) {
        Div results = panel.getChildren().filter(component -> component.hasClassName("museum-media-upload-results"))
                .map(Div.class::cast).findFirst().orElseThrow();
        return results.getChildren().filter(line -> line.hasClassName(className)).map(line -> line.getElement().getText().isEmpty()
                ? line.getElement().getChild(0).getText() : line.getElement().getText()).toList();
    }

    /** Runs the UI's queue until the pool has told the page enough; the work happens on the pool's thread. */
    private void awaitLines(int count, String className) throws InterruptedException {
        until(() -> {
            MockVaadin.runUIQueue();
            return lineTexts(className).size() >= count;
        });
    }

    private static void until(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still waiting for the pool").isLessThan(end);
            Thread.sleep(50);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(3, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
