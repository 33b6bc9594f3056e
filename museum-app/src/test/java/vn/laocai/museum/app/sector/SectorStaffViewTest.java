package vn.laocai.museum.app.sector;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.curation.account.Account;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.security.MuseumUser;
import vn.laocai.museum.ontology.MuseumGraph;

/** The staff form of a sector table without a browser (Karibu), on the shipped corpus in a real TDB2 store. */
class SectorStaffViewTest extends SectorStoreTest {

    @BeforeEach
    void setUp() {
        MuseumMockVaadin.setup();
        MuseumUser user = new MuseumUser(new Account("can-bo-form", "{noop}x", Set.of(Role.STAFF), "", true, Instant.EPOCH, Instant.EPOCH));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @AfterEach
    void tearDown() {
        MuseumMockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private static SectorStaffView open(String table) {
        SectorStaffView view = new SectorStaffView(editor, new AuthenticationContext());
        UI.getCurrent().add(view);
        view.setParameter(null, table);
        return view;
    }

    private static TextField field(SectorStaffView view, String column) {
        return _get(view, TextField.class, spec -> spec.withClasses("museum-sector-field-" + column.replace('_', '-')));
    }

    private static void fill(SectorStaffView view, Map<String, String> values) {
        values.forEach((column, value) -> field(view, column).setValue(value));
    }

    @Test
    void bad_values_show_their_faults_at_their_fields_in_vietnamese_and_nothing_is_written() {
        SectorStaffView view = open("ocop-products");
        fill(view, Map.of("id", "tra-hoa-moi", "name_vi", "Trà hoa mới", "stars", "7", "producer", "khong-co",
                "certified_from", "2026-05-01", "certified_to", "2026-01-01"));
        long before = store.size(MuseumGraph.PUBLIC);

        _click(_get(view, Button.class, spec -> spec.withClasses("museum-sector-check")));

        assertThat(field(view, "stars").isInvalid()).isTrue();
        assertThat(field(view, "stars").getErrorMessage()).isEqualTo("Số sao: từ 3 đến 5, không phải 7");
        assertThat(field(view, "producer").getErrorMessage()).isEqualTo("Chủ thể sản xuất: không có \"khong-co\" trong cơ sở dữ liệu");
        assertThat(field(view, "certified_to").getErrorMessage()).isEqualTo("Chứng nhận đến ngày: phải sau ngày bắt đầu 2026-05-01");
        assertThat(field(view, "name_vi").isInvalid()).isFalse();
        assertThat(_get(view, Button.class, spec -> spec.withClasses("museum-sector-apply")).isEnabled()).isFalse();
        assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(before);
    }

    @Test
    void the_same_faults_read_in_english_after_the_switch() {
        MuseumMockVaadin.switchTo(SiteLanguage.ENGLISH);
        SectorStaffView view = open("yearly-output");
        fill(view, Map.of("species", "angelica-sinensis", "commune", "bat-xat-y-ty", "year", "2026", "tonnes", "-3", "hectares", "2"));
        _click(_get(view, Button.class, spec -> spec.withClasses("museum-sector-check")));
        assertThat(field(view, "tonnes").getErrorMessage()).isEqualTo("Output (tonnes): must not be negative: -3");
    }

    @Test
    void the_csv_upload_speaks_the_page_language_in_its_own_button_drop_label_and_errors() {
        Upload vietnamese = _get(open("market-prices"), Upload.class);
        assertThat(vietnamese.getI18n().getAddFiles().getOne()).isEqualTo("Chọn tệp…");
        assertThat(vietnamese.getI18n().getDropFiles().getOne()).isEqualTo("Thả tệp vào đây");
        assertThat(vietnamese.getI18n().getError().getIncorrectFileType()).isEqualTo("Loại tệp không đúng.");

        MuseumMockVaadin.switchTo(SiteLanguage.ENGLISH);
        Upload english = _get(open("market-prices"), Upload.class);
        assertThat(english.getI18n().getAddFiles().getOne()).isEqualTo("Choose file…");
        assertThat(english.getI18n().getUploading().getStatus().getProcessing()).isEqualTo("Processing file…");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_correct_form_is_previewed_then_written_by_apply_as_real_data_with_an_audit_entry() {
        SectorStaffView view = open("certifications");
        fill(view, Map.of("number", "GACP-LCI-2026-11", "kind", "gacp-who", "holder", "htx-mau-ta-van-chu", "growing_area", "bha-tvc-0001",
                "issuer", "to-chuc-mau-chung-nhan", "valid_from", "2026-10-01", "valid_to", "2031-09-30"));
        _click(_get(view, Button.class, spec -> spec.withClasses("museum-sector-check")));
        Grid<SectorEditor.Row> grid = _get(view, Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).change()).isEqualTo(SectorEditor.Change.NEW);
        assertThat(_get(view, Checkbox.class, spec -> spec.withClasses("museum-sector-field-sample")).getValue()).isFalse();

        _click(_get(view, Button.class, spec -> spec.withClasses("museum-sector-apply")));

        assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("museum-sector-status")).getText()).isEqualTo("Đã ghi 1 bản ghi.");
        assertThat(count(MuseumGraph.PUBLIC, """
                { ?c <https://schema.org/certificationIdentification> "GACP-LCI-2026-11" ;
                     <https://schema.org/about> <https://w3id.org/laocai-herbs/id/area/bha-tvc-0001> ;
                     <https://schema.org/expires> "2031-09-30"^^<http://www.w3.org/2001/XMLSchema#date> .
                  FILTER NOT EXISTS { ?c <http://purl.org/dc/terms/type> ?sample } }""")).isEqualTo(1);
        assertThat(audit.latest(10)).filteredOn(event -> event.action() == AuditAction.SECTOR_SAVED && event.subject().equals("certifications"))
                .extracting(AuditEvent::actor).containsExactly("can-bo-form");
        assertThat(editor.editedByStaff("https://w3id.org/laocai-herbs/id/cert/gacp-lci-2026-11")).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_uploaded_file_with_bad_rows_is_previewed_row_by_row_and_only_a_clean_one_can_be_applied() {
        SectorStaffView view = open("yearly-output");
        Upload upload = _get(view, Upload.class);
        long before = store.size(MuseumGraph.PUBLIC);
        UploadKt._upload(upload, "output.csv", "text/csv", """
                species,commune,year,tonnes,hectares
                cynara-scolymus,sa-pa-ham-rong,2026,40,10
                cynara-scolymus,sa-pa-ham-rong,2026,41,10
                no-such-species,sa-pa-ham-rong,2026,1,1
                """.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        Grid<SectorEditor.Row> grid = _get(view, Grid.class);
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).change()).toList())
                .containsExactly(SectorEditor.Change.NEW, SectorEditor.Change.ERROR, SectorEditor.Change.ERROR);
        assertThat(GridKt._getFormattedRow(grid, 2)).contains("Loài: không có \"no-such-species\" trong cơ sở dữ liệu");
        Button apply = _get(view, Button.class, spec -> spec.withClasses("museum-sector-apply"));
        assertThat(apply.isEnabled()).isFalse();
        assertThat(store.size(MuseumGraph.PUBLIC)).as("nothing written by a preview").isEqualTo(before);

        UploadKt._upload(upload, "output.csv", "text/csv", """
                species,commune,year,tonnes,hectares
                cynara-scolymus,sa-pa-ham-rong,2026,40,10
                """.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        assertThat(apply.isEnabled()).isTrue();
        _click(apply);
        assertThat(count(MuseumGraph.PUBLIC, """
                { <https://w3id.org/laocai-herbs/id/output/cynara-scolymus-sa-pa-ham-rong-2026> <https://w3id.org/laocai-herbs/ns#outputTonnes> ?t }""")).isEqualTo(1);
        assertThat(audit.latest(10)).filteredOn(event -> event.action() == AuditAction.SECTOR_IMPORTED)
                .extracting(AuditEvent::subject).contains("yearly-output");
    }

    @Test
    void a_growing_area_is_corrected_on_the_same_form_with_its_code_checked_and_the_audit_log_says_who_did_it() {
        SectorStaffView view = open("growing-areas");
        fill(view, Map.of("code", "VN-LCI-BXT-TRT-0000"));
        _click(_get(view, Button.class, spec -> spec.withClasses("museum-sector-check")));
        assertThat(field(view, "code").getErrorMessage())
                .isEqualTo("Mã số vùng trồng: số thứ tự 0000 không phải là mã: VN-LCI-BXT-TRT-0000");

        fill(view, Map.of("code", "VN-LCI-BXT-TRT-0001"));
        _click(_get(view, Button.class, spec -> spec.withClasses("museum-sector-load")));
        assertThat(field(view, "species").getValue()).isEqualTo("angelica-sinensis;ligusticum-chuanxiong");
        assertThat(_get(view, Checkbox.class, spec -> spec.withClasses("museum-sector-field-sample")).getValue()).isTrue();
        fill(view, Map.of("area_ha", "21.5", "species", "angelica-sinensis"));
        _click(_get(view, Button.class, spec -> spec.withClasses("museum-sector-check")));
        Button apply = _get(view, Button.class, spec -> spec.withClasses("museum-sector-apply"));
        assertThat(apply.isEnabled()).isTrue();

        _click(apply);

        assertThat(editor.find(table("growing-areas"), Map.of("code", "VN-LCI-BXT-TRT-0001")))
                .hasValueSatisfying(area -> assertThat(area).containsEntry("area_ha", "21.5").containsEntry("species", "angelica-sinensis"));
        assertThat(audit.latest(5)).extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::subject)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.SECTOR_SAVED, "can-bo-form", "growing-areas"));
    }

    @Test
    void a_staff_correction_is_dropped_after_a_confirmation_with_a_reason_and_the_form_shows_the_corpus_value_again() {
        SectorStaffView view = open("growing-areas");
        fill(view, Map.of("code", "VN-LCI-BXT-ALU-0001"));
        _click(_get(view, Button.class, spec -> spec.withClasses("museum-sector-load")));
        assertThat(_find(view, Button.class, spec -> spec.withClasses("museum-sector-revert"))).as("not corrected by staff yet").isEmpty();
        fill(view, Map.of("area_ha", "44"));
        _click(_get(view, Button.class, spec -> spec.withClasses("museum-sector-check")));
        _click(_get(view, Button.class, spec -> spec.withClasses("museum-sector-apply")));
        _click(_get(view, Button.class, spec -> spec.withClasses("museum-sector-load")));
        Button revert = _get(view, Button.class, spec -> spec.withClasses("museum-sector-revert"));
        assertThat(revert.getText()).isEqualTo("Về bản của bộ nội dung…");

        _click(revert);
        _click(_get(Button.class, spec -> spec.withClasses("museum-sector-revert-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withClasses("museum-sector-revert-reason"));
        assertThat(reason.isInvalid()).as("no reason, nothing dropped").isTrue();
        assertThat(editor.editedByStaff("https://w3id.org/laocai-herbs/id/area/bxt-alu-0001")).isTrue();
        reason.setValue("Đo lại: số cũ đúng");
        _click(_get(Button.class, spec -> spec.withClasses("museum-sector-revert-confirm")));

        assertThat(editor.editedByStaff("https://w3id.org/laocai-herbs/id/area/bxt-alu-0001")).isFalse();
        assertThat(field(view, "area_ha").getValue()).isEqualTo("40.0");
        assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("museum-sector-status")).getText())
                .isEqualTo("Đã trở lại bản của bộ nội dung.");
        assertThat(revert.isVisible()).isFalse();
        assertThat(audit.latest(5)).extracting(AuditEvent::action, AuditEvent::actor)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.SECTOR_REVERTED, "can-bo-form"));
    }
}
