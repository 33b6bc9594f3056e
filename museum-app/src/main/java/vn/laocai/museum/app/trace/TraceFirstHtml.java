package vn.laocai.museum.app.trace;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.map.Since2025;

/**
 * The trace page's verdict in its first HTML, before any script runs: the counterfeit warning for
 * an unknown or withdrawn code (with the 404 or 410 that {@link TraceStatusFilter} set), or the
 * lot, growing area and species of a known one. A phone on a slow line, or a scanner app that
 * shows only the title and first text, still gets the answer. Hidden once the live view is in.
 */
@Component
class TraceFirstHtml implements VaadinServiceInitListener {

    private static final String ID = "museum-ssr";
    private static final String STYLE = "body:has(vaadin-app-layout) #" + ID + "{display:none}"
            + "#" + ID + "{max-width:48rem;margin:0 auto;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}";

    private final TraceService trace;

    TraceFirstHtml(TraceService trace) {
        this.trace = trace;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::render);
    }

    private void render(IndexHtmlResponse response) {
        if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)) {
            return;
        }
        String path = request.getHttpServletRequest().getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/01/")) {
            return;
        }
        Locale reader = SiteLanguage.of(request.getHttpServletRequest());
        Optional<DigitalLink> code = DigitalLink.parse(path);
        Optional<TraceChain> chain = code.flatMap(c -> trace.trace(c, reader.getLanguage()));
        Element main = new Element("main").attr("id", ID).attr("lang", reader.getLanguage());
        main.appendElement("h1").text(text(reader, "trace.title"));
        if (chain.isEmpty() || chain.get().lot().revoked()) {
            Element warning = main.appendElement("div").attr("role", "alert").addClass("museum-trace-warning");
            warning.appendElement("h2").text(text(reader, chain.isEmpty() ? "trace.unknown" : "trace.revoked"));
            warning.appendElement("p").text(chain.map(c -> c.lot().note()).orElse(text(reader, "trace.unknownDetail")));
        } else {
            TraceChain found = chain.get();
            if (found.sample()) {
                main.appendElement("p").appendElement("strong").text(text(reader, "trace.sample"));
            }
            main.appendElement("h2").text(found.lot().name());
            TraceChain.Harvest harvest = found.harvest();
            main.appendElement("p").text(text(reader, "trace.area", harvest.areaCode(),
                    harvest.activity().commune() + ", " + harvest.activity().formerDistrict(), harvest.areaHa()));
            TraceChain.CurrentCommune current = harvest.activity().current();
            if (current != null) {
                main.appendElement("p").text(Since2025.text(current.name(), current.ward(), current.verified(), reader));
            }
            main.appendElement("p").appendElement("a").attr("href", "/species/" + harvest.speciesSlug())
                    .text(harvest.speciesTitle() + " (" + harvest.scientificName() + ")");
        }
        code.ifPresent(c -> main.appendElement("p").text(text(reader, "trace.code", c.elementString())));
        response.getDocument().head().appendElement("style").appendText(STYLE);
        response.getDocument().body().prependChild(main);
    }

    private static String text(Locale reader, String key, Object... params) {
        return MuseumTranslations.text(reader, key, params);
    }
}
