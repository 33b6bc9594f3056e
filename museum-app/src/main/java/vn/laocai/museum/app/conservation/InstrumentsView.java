package vn.laocai.museum.app.conservation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.places.Facts;
import vn.laocai.museum.app.places.ReferencePage;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;

/** {@code /instruments}: the laws, decrees, circulars, conventions and books behind the lists; {@code /instruments/<slug>}: one. */
@Route(value = "instruments", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/reference.css")
public class InstrumentsView extends ReferencePage {

    public InstrumentsView(ReferenceCatalog catalog) {
        super(catalog, "museum-instruments");
    }

    @Override
    protected String renderList(References references, Locale reader) {
        String title = getTranslation("conservation.instruments");
        add(new H1(title), new Paragraph(new Anchor("conservation", getTranslation("conservation.title"))));
        add(Facts.links(title, references.instruments(), i -> "instruments/" + i.slug(), References.Instrument::name).stream()
                .skip(1).toArray(Component[]::new));
        return title;
    }

    @Override
    protected String renderOne(References references, String slug, Locale reader) {
        References.Instrument instrument = references.instrument(slug).orElseThrow(() -> new NotFoundException("No instrument " + slug));
        add(new H1(instrument.name()));
        if (!instrument.verified()) {
            add(DocumentSections.unverified());
        }
        add(new Facts().add(getTranslation("conservation.identifier"), instrument.identifier())
                .add(getTranslation("marks.date"), instrument.date()).component());
        if (instrument.note() != null) {
            add(new Paragraph(instrument.note()));
        }
        instrument.amends().ifPresent(amended -> add(new Paragraph(new Span(getTranslation("conservation.amends") + " "),
                new Anchor("instruments/" + amended.slug(), amended.name()))));
        add(Facts.links(getTranslation("conservation.lists"), instrument.lists(), list -> "conservation/" + list.slug(),
                References.Ref::name).toArray(Component[]::new));
        add(DocumentSections.sources(instrument.sources()).toArray(Component[]::new));
        return instrument.name();
    }
}
