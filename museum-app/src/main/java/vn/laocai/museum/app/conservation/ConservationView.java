package vn.laocai.museum.app.conservation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.places.Facts;
import vn.laocai.museum.app.places.ReferencePage;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;

/**
 * {@code /conservation}: the conservation and protection lists and the instruments behind them;
 * {@code /conservation/<slug>}: one list — its categories, its instrument, the herbs on it.
 */
@Route(value = "conservation", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/reference.css")
public class ConservationView extends ReferencePage {

    public ConservationView(ReferenceCatalog catalog) {
        super(catalog, "museum-conservation");
    }

    @Override
    protected String renderList(References references, Locale reader) {
        String title = getTranslation("conservation.title");
        add(new H1(title), new Paragraph(getTranslation("conservation.intro")));
        add(Facts.links(getTranslation("conservation.lists"), references.lists(), list -> "conservation/" + list.slug(),
                References.ConservationList::name).toArray(Component[]::new));
        add(Facts.links(getTranslation("conservation.instruments"), references.instruments(),
                instrument -> "instruments/" + instrument.slug(), References.Instrument::name).toArray(Component[]::new));
        return title;
    }

    @Override
    protected String renderOne(References references, String slug, Locale reader) {
        References.ConservationList list = references.list(slug).orElseThrow(() -> new NotFoundException("No list " + slug));
        add(new H1(list.name()));
        add(new Facts().add(getTranslation("conservation.code"), list.code())
                .add(getTranslation("conservation.categories"), String.join(" · ", list.categories())).component());
        if (list.note() != null) {
            add(new Paragraph(list.note()));
        }
        list.instrument().ifPresent(instrument -> add(new Paragraph(new Span(getTranslation("conservation.setUpBy") + " "),
                new Anchor("instruments/" + instrument.slug(), instrument.name()))));
        List<References.Listing> listings = references.speciesOn(slug);
        add(new H2(getTranslation("conservation.speciesOn")));
        UnorderedList species = new UnorderedList();
        species.addClassName("museum-listings");
        for (References.Listing listing : listings) {
            ListItem item = new ListItem(new Anchor("species/" + listing.species().slug(), listing.species().name()));
            if (listing.category() != null) {
                item.add(new Span(" — " + listing.category()));
            }
            if (!listing.verified()) {
                item.add(DocumentSections.unverified());
            }
            species.add(item);
        }
        add(listings.isEmpty() ? new Paragraph(getTranslation("conservation.none")) : species);
        add(DocumentSections.sources(list.sources()).toArray(Component[]::new));
        return list.name();
    }
}
