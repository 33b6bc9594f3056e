package vn.laocai.museum.app.trace;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;

/**
 * {@code /trace}: for a label whose QR code will not scan, the visitor types the code printed under
 * it — {@code (01)02000000000022(10)DQ-2412-07} — or pastes the address, and gets its trace page.
 */
@Route(value = "trace", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/trace.css")
public class TraceLookupView extends VerticalLayout implements HasDynamicTitle {

    private final TextField code = new TextField();

    public TraceLookupView() {
        code.setId("trace-code");
        code.setLabel(getTranslation("trace.lookupLabel"));
        code.setPlaceholder("(01)02000000000022(10)DQ-2412-07");
        code.setWidth("28rem");
        code.addKeyPressListener(Key.ENTER, event -> open());
        Button go = new Button(getTranslation("trace.lookupButton"), event -> open());
        HorizontalLayout row = new HorizontalLayout(code, go);
        row.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation("trace.title")), new Paragraph(getTranslation("trace.lookupIntro")), row);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("trace.title"));
    }

    private void open() {
        DigitalLink.parseTyped(code.getValue()).ifPresentOrElse(found -> {
            code.setInvalid(false);
            UI.getCurrent().navigate(found.path().substring(1));
        }, () -> {
            code.setErrorMessage(getTranslation("trace.lookupInvalid"));
            code.setInvalid(true);
        });
    }
}
