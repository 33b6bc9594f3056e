package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Optional;
import vn.laocai.museum.app.base.ui.ReaderPage;
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
public class KioskTraceView extends ReaderPage implements BeforeEnterObserver {

    private final TraceService trace;
    private Optional<DigitalLink> code = Optional.empty();

    public KioskTraceView(TraceService trace) {
        this.trace = trace;
        addClassNames("kiosk-trace", "museum-trace");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = DigitalLink.of(event.getRouteParameters());
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        Anchor again = new Anchor("kiosk/scan", getTranslation("kiosk.scan.again"));
        again.addClassName("kiosk-back");
        again.setId("kiosk-scan-again");
        String title = getTranslation("trace.title");
        add(again, new H1(title));
        new TraceResult(trace, "kiosk/species/", false).addTo(this, code, reader);
        return title;
    }
}
