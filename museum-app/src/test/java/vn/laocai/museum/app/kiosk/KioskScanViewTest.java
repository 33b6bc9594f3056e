package vn.laocai.museum.app.kiosk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.trace.DigitalLink;

/** The kiosk's product check without a browser (Karibu): the keypad, and which codes are the museum's. */
class KioskScanViewTest {

    private KioskScanView view;

    /** Stands in for the trace page the keypad and the camera lead to. */
    public static class Landing extends Div {}

    @BeforeEach
    void setUp() {
        MuseumMockVaadin.setup();
        // Where a code leads; the trace itself is shown by KioskTraceView (see KioskScanBrowserTest).
        RouteConfiguration.forApplicationScope().setRoute("kiosk/trace/01/:gtin/10/:lot", Landing.class);
        view = new KioskScanView();
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MuseumMockVaadin.tearDown();
    }

    private void type(String keys) {
        for (char key : keys.toCharArray()) {
            _click(key(String.valueOf(key)));
        }
    }

    private NativeButton key(String text) {
        return _find(view, NativeButton.class, spec -> spec.withClasses("kiosk-key")).stream()
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    private String field(String id) {
        return _get(view, NativeButton.class, spec -> spec.withId(id)).getText();
    }

    private String message() {
        return _get(view, Paragraph.class, spec -> spec.withId("kiosk-scan-message")).getText();
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void the_keypad_types_the_gtin_in_digits_then_the_lot_in_letters_digits_and_hyphens() {
        assertThat(key("D").isEnabled()).isFalse();
        assertThat(key("-").isEnabled()).isFalse();
        assertThat(key("7").isEnabled()).isTrue();
        type("02000000000022");
        assertThat(field("kiosk-gtin")).isEqualTo("02000000000022");
        // A full GTIN hands the keys to the lot, where letters are allowed.
        assertThat(key("D").isEnabled()).isTrue();
        type("DQ-2412-077");
        _click(_get(view, NativeButton.class, spec -> spec.withId("kiosk-key-delete")));
        assertThat(field("kiosk-lot")).isEqualTo("DQ-2412-07");
        assertThat(field("kiosk-gtin")).isEqualTo("02000000000022");
        _click(_get(view, NativeButton.class, spec -> spec.withId("kiosk-scan-open")));
        assertThat(message()).isEmpty();
        assertThat(location()).isEqualTo("kiosk/trace/01/02000000000022/10/DQ-2412-07");
    }

    @Test
    void a_wrong_check_digit_or_a_missing_lot_is_refused_and_clear_starts_again() {
        type("02000000000023");
        _click(_get(view, NativeButton.class, spec -> spec.withId("kiosk-scan-open")));
        assertThat(message()).isEqualTo("Mã sản phẩm hoặc số lô chưa đủ hay không hợp lệ.");
        MuseumMockVaadin.switchTo(SiteLanguage.ENGLISH);
        assertThat(message()).isEqualTo("The product number or the lot is incomplete or not valid.");
        _click(_get(view, NativeButton.class, spec -> spec.withId("kiosk-key-clear")));
        assertThat(field("kiosk-gtin")).isEmpty();
        assertThat(field("kiosk-lot")).isEmpty();
        assertThat(message()).isEmpty();
        assertThat(key("A").isEnabled()).isFalse();
        // The lot can be chosen by touching it; the GTIN again by touching it.
        _click(_get(view, NativeButton.class, spec -> spec.withId("kiosk-lot")));
        type("TT");
        assertThat(field("kiosk-lot")).isEqualTo("TT");
        _click(_get(view, NativeButton.class, spec -> spec.withId("kiosk-gtin")));
        assertThat(key("T").isEnabled()).isFalse();
    }

    @Test
    void a_scanned_digital_link_of_this_museum_opens_the_kiosk_trace_and_anything_else_is_refused() {
        view.scanned("https://example.org/01/02000000000022/10/DQ-2412-07", "http://kiosk.local:8080");
        assertThat(message()).isEqualTo("Đây không phải mã của bảo tàng.");
        view.scanned("WIFI:S:museum;;", "http://kiosk.local:8080");
        assertThat(message()).isEqualTo("Đây không phải mã của bảo tàng.");
        view.scanned("http://kiosk.local:8080/01/02000000000046/10/TT-2310-02", "http://kiosk.local:8080");
        assertThat(message()).isEmpty();
        assertThat(location()).isEqualTo("kiosk/trace/01/02000000000046/10/TT-2310-02");
    }

    @Test
    void which_scanned_texts_are_codes_of_this_museum() {
        String origin = "https://museum.example";
        assertThat(KioskCodeEntry.scanned("/01/02000000000022/10/DQ-2412-07", origin)).map(DigitalLink::path)
                .contains("/01/02000000000022/10/DQ-2412-07");
        assertThat(KioskCodeEntry.scanned("https://museum.example/01/02000000000022/10/DQ-2412-07", origin)).isPresent();
        assertThat(KioskCodeEntry.scanned("https://museum.example.evil/01/02000000000022/10/DQ-2412-07", origin)).isEmpty();
        assertThat(KioskCodeEntry.scanned("https://museum.example/01/02000000000023/10/DQ-2412-07", origin)).isEmpty();
        assertThat(KioskCodeEntry.scanned("https://museum.example/species/panax", origin)).isEmpty();
        assertThat(KioskCodeEntry.scanned(null, origin)).isEmpty();
    }
}
