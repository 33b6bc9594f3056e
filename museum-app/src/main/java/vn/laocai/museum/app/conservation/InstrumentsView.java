package vn.laocai.museum.app.conservation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.app.places.Facts;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;

/** {@code /instruments}: the laws, decrees, circulars, conventions and books behind the lists; {@code /instruments/<slug>}: one. */
@Route(value = "instruments", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/reference.css")
public class InstrumentsView extends ReaderPage implements HasUrlParameter<String> {

    private final ReferenceCatalog catalog;
    private String slug;

    public InstrumentsView(ReferenceCatalog catalog) {
        this.catalog = catalog;
        addClassName("museum-instruments");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String slug) {
        this.slug = slug == null || slug.isBlank() ? null : slug;
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        References references = catalog.read(ContentLanguage.code(reader));
        if (slug == null) {
            String title = getTranslation("conservation.instruments");
            add(new H1(title), new Paragraph(new Anchor("conservation", getTranslation("conservation.title"))));
            add(Facts.links(title, references.instruments(), i -> "instruments/" + i.slug(), References.Instrument::name).stream()
                    .skip(1).toArray(Component[]::new));
            return title;
        }
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
