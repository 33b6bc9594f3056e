package vn.laocai.museum.app.trace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** The growing-area form without a browser (Karibu): a saved correction lands in the graph and in the audit log. */
class GrowingAreaStaffViewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path directory;
    private static Tdb2GraphStore store;

    @BeforeAll
    static void load() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void setUp() {
        MuseumMockVaadin.setup();
        jakarta.servlet.ServletRequest request = (VaadinServletRequest) com.vaadin.flow.server.VaadinRequest.getCurrent();
        while (!(request instanceof FakeRequest) && request instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        ((FakeRequest) request).setUserPrincipalInt(() -> "can-bo-vung");
    }

    @AfterEach
    void tearDown() {
        MuseumMockVaadin.tearDown();
    }

    @Test
    void a_corrected_area_is_written_and_the_audit_log_says_who_did_it() {
        GrowingAreaEditor editor = new GrowingAreaEditor(store, CLOCK);
        AuditLog audit = new AuditLog(store);
        GrowingAreaStaffView view = new GrowingAreaStaffView(editor, audit, CLOCK);
        UI.getCurrent().add(view);
        List<TextField> fields = _find(view, TextField.class);
        String[] values = {"VN-LCI-BXT-TRT-0001", "bat-xat-trinh-tuong", "21.5", "angelica-sinensis", "htx-mau-trinh-tuong", "", ""};
        for (int i = 0; i < values.length; i++) {
            fields.get(i).setValue(values[i]);
        }
        _click(_find(view, Button.class).stream().filter(button -> button.getText().equals("Kiểm tra")).findFirst().orElseThrow());
        Button apply = _find(view, Button.class).stream().filter(button -> button.getText().equals("Áp dụng")).findFirst().orElseThrow();
        assertThat(apply.isEnabled()).isTrue();

        _click(apply);

        assertThat(editor.find("VN-LCI-BXT-TRT-0001")).hasValueSatisfying(area -> assertThat(area.areaHa()).isEqualTo("21.5"));
        assertThat(audit.latest(5)).extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::subject)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.SECTOR_SAVED, "can-bo-vung", "growing-areas"));
    }
}
