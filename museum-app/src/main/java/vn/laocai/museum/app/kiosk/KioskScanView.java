package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import vn.laocai.museum.app.trace.DigitalLink;

/**
 * {@code /kiosk/scan}: a visitor checks a product. With a camera the kiosk reads the label's QR
 * code (jsQR on the video's frames); always, a large keypad types the product number and lot
 * printed under it. A code of this museum opens its trace on the kiosk; anything else is refused.
 * The camera is released as soon as the page is left.
 */
@Route(value = "kiosk/scan", layout = KioskLayout.class)
@AnonymousAllowed
@JavaScript("context://vendor/jsqr/1.4.0/jsQR.js")
@JavaScript("context://kiosk/scan.js")
public class KioskScanView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String DELETE = "⌫";
    private static final String KEYS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-";

    private final KioskCodeEntry entry = new KioskCodeEntry();
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Div camera = new Div();
    private final Element video = new Element("video");
    private final Paragraph status = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final NativeButton gtinField = new NativeButton();
    private final NativeButton lotField = new NativeButton();
    private final Span gtinLabel = new Span();
    private final Span lotLabel = new Span();
    private final List<NativeButton> keys = new ArrayList<>();
    private final NativeButton delete = new NativeButton(DELETE, event -> change(entry::delete));
    private final NativeButton clear = new NativeButton("", event -> change(entry::clear));
    private final NativeButton open = new NativeButton("", event -> openTyped());

    public KioskScanView() {
        addClassName("kiosk-scan");
        video.setAttribute("muted", true);
        video.setAttribute("playsinline", true);
        video.setAttribute("autoplay", true);
        video.setAttribute("id", "kiosk-video");
        camera.setId("kiosk-camera");
        camera.addClassName("kiosk-camera");
        camera.getElement().appendChild(video);
        // Hidden by attribute, not setVisible: the video element must reach the browser before a camera is found.
        camera.getElement().setAttribute("hidden", true);
        status.setId("kiosk-scan-status");
        message.setId("kiosk-scan-message");
        message.addClassName("kiosk-scan-message");
        message.getElement().setAttribute("role", "alert");

        gtinField.setId("kiosk-gtin");
        lotField.setId("kiosk-lot");
        gtinField.addClickListener(event -> change(() -> entry.select(KioskCodeEntry.Field.GTIN)));
        lotField.addClickListener(event -> change(() -> entry.select(KioskCodeEntry.Field.LOT)));
        Div fields = new Div(field(gtinLabel, gtinField), field(lotLabel, lotField));
        fields.addClassName("kiosk-code-fields");

        Div keypad = new Div();
        keypad.setId("kiosk-keypad");
        keypad.addClassName("kiosk-keypad");
        for (char key : KEYS.toCharArray()) {
            NativeButton button = new NativeButton(String.valueOf(key), event -> change(() -> entry.press(key)));
            button.addClassName("kiosk-key");
            keys.add(button);
            keypad.add(button);
        }
        delete.addClassNames("kiosk-key", "kiosk-key-wide");
        delete.setId("kiosk-key-delete");
        clear.addClassNames("kiosk-key", "kiosk-key-wide");
        clear.setId("kiosk-key-clear");
        keypad.add(delete, clear);
        open.setId("kiosk-scan-open");
        open.addClassName("kiosk-scan-open");
        add(title, intro, message, status, camera, fields, keypad, open);
        refreshEntry();
    }

    private static Div field(Span label, NativeButton value) {
        value.addClassName("kiosk-code-field");
        Div box = new Div(label, value);
        box.addClassName("kiosk-code-box");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("kiosk.scan.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("kiosk.scan.title"));
        intro.setText(getTranslation("kiosk.scan.intro"));
        status.setText(getTranslation(cameraOn() ? "kiosk.scan.cameraOn" : "kiosk.scan.noCamera"));
        gtinLabel.setText(getTranslation("kiosk.scan.gtin"));
        lotLabel.setText(getTranslation("kiosk.scan.lot"));
        gtinField.setAriaLabel(getTranslation("kiosk.scan.gtin"));
        lotField.setAriaLabel(getTranslation("kiosk.scan.lot"));
        delete.setAriaLabel(getTranslation("kiosk.scan.delete"));
        clear.setText(getTranslation("kiosk.scan.clear"));
        open.setText(getTranslation("kiosk.scan.open"));
        video.setAttribute("aria-label", getTranslation("kiosk.scan.video"));
        if (!message.getText().isEmpty()) {
            message.setText(getTranslation(message.getElement().getAttribute("data-key")));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("window.museumKiosk.scan(this, $0)", video);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPage().executeJs("window.museumKiosk && window.museumKiosk.stopScan && window.museumKiosk.stopScan()");
        super.onDetach(event);
    }

    /** The browser found a camera (and shows its picture) or none. */
    @ClientCallable
    void camera(boolean present) {
        camera.getElement().setAttribute("hidden", !present);
        status.setText(getTranslation(present ? "kiosk.scan.cameraOn" : "kiosk.scan.noCamera"));
    }

    /** The camera read a QR code: {@code origin} is the kiosk page's own (scheme, host and port). */
    @ClientCallable
    void scanned(String text, String origin) {
        KioskCodeEntry.scanned(text, origin).ifPresentOrElse(this::show, () -> say("kiosk.scan.notOurs"));
    }

    private boolean cameraOn() {
        return !camera.getElement().hasAttribute("hidden");
    }

    private void openTyped() {
        entry.code().ifPresentOrElse(this::show, () -> say("kiosk.scan.invalid"));
    }

    private void show(DigitalLink code) {
        say(null);
        UI.getCurrent().navigate("kiosk/trace" + code.path());
    }

    private void say(String key) {
        if (key == null) {
            message.setText("");
            message.getElement().removeAttribute("data-key");
        } else {
            message.getElement().setAttribute("data-key", key);
            message.setText(getTranslation(key));
        }
    }

    private void change(Runnable action) {
        action.run();
        say(null);
        refreshEntry();
    }

    private void refreshEntry() {
        gtinField.setText(entry.gtin());
        lotField.setText(entry.lot());
        boolean onGtin = entry.field() == KioskCodeEntry.Field.GTIN;
        gtinField.getElement().setAttribute("aria-pressed", String.valueOf(onGtin));
        lotField.getElement().setAttribute("aria-pressed", String.valueOf(!onGtin));
        gtinField.getClassNames().set("kiosk-code-field-active", onGtin);
        lotField.getClassNames().set("kiosk-code-field-active", !onGtin);
        for (NativeButton key : keys) {
            char c = key.getText().charAt(0);
            // Letters and the hyphen only belong in the lot; a full field takes no more keys.
            key.setEnabled(onGtin ? Character.isDigit(c) && entry.gtin().length() < KioskCodeEntry.GTIN_LENGTH
                    : entry.lot().length() < KioskCodeEntry.LOT_LENGTH);
        }
    }
}
