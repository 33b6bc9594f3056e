package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Optional;
import vn.laocai.museum.app.trace.DigitalLink;
import vn.laocai.museum.app.trace.TraceResult;
import vn.laocai.museum.app.trace.TraceService;

/**
 * {@code /kiosk/trace/01/<gtin>/10/<lot>}: a product's trace chain, or its counterfeit warning, on
 * the kiosk — what the public trace page shows, with every link staying on the kiosk.
 */
@Route(value = "kiosk/trace/01/:gtin/10/:lot", layout = KioskLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/trace.css")
public class KioskTraceView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final TraceService trace;
    private Optional<DigitalLink> code = Optional.empty();
    private Locale rendered;

    public KioskTraceView(TraceService trace) {
        this.trace = trace;
        addClassNames("kiosk-trace", "museum-trace");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = DigitalLink.of(event.getRouteParameters().get("gtin").orElse(""), event.getRouteParameters().get("lot").orElse(""));
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (rendered != null && !getLocale().equals(rendered)) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("trace.title"));
    }

    private void render() {
        removeAll();
        rendered = getLocale();
        Anchor again = new Anchor("kiosk/scan", getTranslation("kiosk.scan.again"));
        again.addClassName("kiosk-back");
        again.setId("kiosk-scan-again");
        add(again, new H1(getTranslation("trace.title")));
        new TraceResult(trace, "kiosk/species/", false).addTo(this, code, getLocale());
    }
}
