package vn.laocai.museum.app.trace;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Optional;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.base.ui.ReaderPage;

/**
 * The public trace page a product's QR code opens: {@code /01/<gtin>/10/<lot>}. It shows the chain
 * from the lot back through its processing steps to the harvest, the growing area and the
 * species, with the certifications that were valid on the harvest day; a code no lot has, or one
 * that was withdrawn, gets a counterfeit warning instead.
 */
@Route(value = "01/:gtin/10/:lot", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/trace.css")
public class TraceView extends ReaderPage implements BeforeEnterObserver {

    private final TraceService trace;
    private Optional<DigitalLink> code = Optional.empty();

    public TraceView(TraceService trace) {
        this.trace = trace;
        addClassName("museum-trace");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = DigitalLink.of(event.getRouteParameters());
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        String title = getTranslation("trace.title");
        add(new H1(title));
        new TraceResult(trace, "species/", true).addTo(this, code, reader);
        return title;
    }
}
