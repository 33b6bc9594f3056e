package vn.laocai.museum.app.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.Localized;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesSummary;

/** The home page: what the museum is, and a card for each herb in the collection. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final SpeciesCatalog catalog;
    private Locale rendered;

    public HomeView(SpeciesCatalog catalog) {
        this.catalog = catalog;
        addClassName("museum-home");
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (!getLocale().equals(rendered)) {
            render();
            UI.getCurrent().getPage().setTitle(getPageTitle());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.name");
    }

    private void render() {
        Locale reader = getLocale();
        removeAll();
        add(new H1(getTranslation("site.name")));
        add(new Paragraph(getTranslation("site.description")));
        add(sections());
        add(new H2(getTranslation("home.collection")));
        Div cards = new Div();
        cards.addClassName("museum-cards");
        ContentLanguage.speciesList(catalog, reader).forEach(species -> cards.add(card(species, reader)));
        add(cards);
        rendered = reader;
    }

    /** The sections the home page links to: route and the key of its name. The first HTML shows them too. */
    public static final List<Map.Entry<String, String>> SECTIONS = List.of(
            Map.entry("stories", "home.stories"), Map.entry("remedies", "home.remedies"),
            Map.entry("knowledge", "home.knowledge"), Map.entry("species", "catalogue.title"),
            Map.entry("map", "map.title"), Map.entry("places", "places.title"), Map.entry("marks", "marks.title"),
            Map.entry("conservation", "conservation.title"), Map.entry("models", "media.collectionTitle"),
            Map.entry("sparql-editor", "home.openData"), Map.entry("about-data", "about.title"));

    private Div sections() {
        Div links = new Div();
        SECTIONS.forEach(section -> links.add(new Anchor(section.getKey(), getTranslation(section.getValue()))));
        links.addClassName("museum-sections");
        return links;
    }

    private Anchor card(Localized<SpeciesSummary> localized, Locale reader) {
        SpeciesSummary species = localized.value();
        Div body = new Div();
        body.addClassName("museum-card-body");
        Span title = new Span(species.title());
        title.addClassName("museum-card-title");
        Span latin = new Span(species.scientificName());
        latin.addClassName("museum-latin");
        body.add(title, latin);
        DocumentSections.mark(body, localized, reader);
        Anchor card = new Anchor("species/" + species.slug());
        card.addClassName("museum-card");
        species.image().ifPresent(key -> {
            Image image = new Image(MediaUrls.of(key), getTranslation("content.imageAlt", species.title()));
            image.getElement().setAttribute("loading", "lazy");
            card.add(image);
        });
        card.add(body);
        return card;
    }
}
