package vn.laocai.museum.app.species;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.base.ui.MediaUrls;
import vn.laocai.museum.app.base.ui.PlantParts;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.search.DocumentFacets;

/**
 * {@code /species}: every species as cards or as a list, in the reader's alphabetical order,
 * narrowed by family, part used and conservation list; both views page lazily as they scroll. The
 * choices are kept in the address ({@code ?view=list&part=root}), so a view can be shared.
 */
@Route(value = "species", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/reference.css")
public class SpeciesCatalogueView extends ReaderPage implements BeforeEnterObserver {

    private final SpeciesCatalog species;
    private final DocumentFacets facets;
    private final ReferenceCatalog references;
    private SpeciesCatalogue catalogue;
    private SpeciesCatalogue.Filter filter = SpeciesCatalogue.Filter.ANY;
    private boolean asList;

    public SpeciesCatalogueView(SpeciesCatalog species, DocumentFacets facets, ReferenceCatalog references) {
        this.species = species;
        this.facets = facets;
        this.references = references;
        addClassName("museum-catalogue");
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        asList = parameters.getSingleParameter("view").map("list"::equals).orElse(false);
        filter = new SpeciesCatalogue.Filter(parameters.getSingleParameter("family").orElse(null),
                parameters.getSingleParameter("part").orElse(null), parameters.getSingleParameter("list").orElse(null), null);
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        catalogue = SpeciesCatalogue.read(species, facets, reader);
        References lists = references.read(ContentLanguage.code(reader));
        String title = getTranslation("catalogue.title");
        add(new H1(title), new Paragraph(getTranslation("catalogue.intro", catalogue.all().size())));
        Div tools = new Div(
                select("catalogue.family", catalogue.values(entry -> entry.family().isBlank() ? List.of() : List.of(entry.family())),
                        filter.family(), code -> code, value -> filter = new SpeciesCatalogue.Filter(value, filter.part(), filter.conservation(), null)),
                select("catalogue.part", catalogue.values(SpeciesCatalogue.Entry::parts), filter.part(), code -> PlantParts.of(code, reader),
                        value -> filter = new SpeciesCatalogue.Filter(filter.family(), value, filter.conservation(), null)),
                select("catalogue.list", catalogue.values(SpeciesCatalogue.Entry::lists), filter.conservation(),
                        code -> lists.lists().stream().filter(l -> code.equals(l.code())).findFirst()
                                .map(References.ConservationList::name).orElse(code),
                        value -> filter = new SpeciesCatalogue.Filter(filter.family(), filter.part(), value, null)),
                toggle());
        tools.addClassName("museum-catalogue-tools");
        add(tools);
        Span count = new Span(getTranslation("catalogue.count", catalogue.count(filter)));
        count.addClassName("museum-catalogue-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(count);
        add(asList ? grid(reader) : cards(reader));
        return title;
    }

    private Select<String> select(String labelKey, Map<String, Long> values, String chosen, Function<String, String> label,
            java.util.function.Consumer<String> choose) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(values.keySet());
        select.setItems(items);
        select.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("catalogue.any")
                : label.apply(code) + " (" + values.get(code) + ")");
        select.setValue(chosen == null || !values.containsKey(chosen) ? "" : chosen);
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                choose.accept(event.getValue() == null || event.getValue().isEmpty() ? null : event.getValue());
                update();
            }
        });
        return select;
    }

    private Component toggle() {
        Button cards = new Button(getTranslation("catalogue.cards"), event -> { asList = false; update(); });
        Button list = new Button(getTranslation("catalogue.list.view"), event -> { asList = true; update(); });
        cards.getElement().setAttribute("aria-pressed", String.valueOf(!asList));
        list.getElement().setAttribute("aria-pressed", String.valueOf(asList));
        cards.addClassName("museum-toggle-cards");
        list.addClassName("museum-toggle-list");
        Div toggle = new Div(cards, list);
        toggle.addClassName("museum-catalogue-toggle");
        toggle.getElement().setAttribute("role", "group");
        return toggle;
    }

    /** Draws the page for the new choices and writes them into the address. */
    private void update() {
        refresh();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (asList) {
            parameters.put("view", List.of("list"));
        }
        put(parameters, "family", filter.family());
        put(parameters, "part", filter.part());
        put(parameters, "list", filter.conservation());
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("species", new QueryParameters(parameters)));
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, List.of(value));
        }
    }

    private Grid<SpeciesCatalogue.Entry> grid(Locale reader) {
        Grid<SpeciesCatalogue.Entry> grid = new Grid<>();
        grid.addClassName("museum-catalogue-grid");
        grid.addComponentColumn(entry -> DocumentSections.mark(new Anchor("species/" + entry.summary().slug(), entry.summary().title()),
                entry.species(), reader)).setHeader(getTranslation("catalogue.name")).setFlexGrow(2);
        grid.addComponentColumn(entry -> latin(entry.summary().scientificName())).setHeader(getTranslation("catalogue.scientificName")).setFlexGrow(2);
        grid.addColumn(SpeciesCatalogue.Entry::family).setHeader(getTranslation("catalogue.family"));
        grid.addColumn(entry -> String.join(", ", entry.parts().stream().map(part -> PlantParts.of(part, reader)).toList()))
                .setHeader(getTranslation("catalogue.part"));
        grid.setItems(query -> catalogue.page(filter, query.getOffset(), query.getLimit()).stream(), query -> catalogue.count(filter));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        return grid;
    }

    private VirtualList<SpeciesCatalogue.Entry> cards(Locale reader) {
        VirtualList<SpeciesCatalogue.Entry> list = new VirtualList<>();
        list.addClassName("museum-catalogue-cards");
        list.setRenderer(new ComponentRenderer<>(entry -> card(entry, reader)));
        list.setDataProvider(com.vaadin.flow.data.provider.DataProvider.<SpeciesCatalogue.Entry>fromCallbacks(
                query -> catalogue.page(filter, query.getOffset(), query.getLimit()).stream(), query -> catalogue.count(filter)));
        list.setHeight("70vh");
        return list;
    }

    private Anchor card(SpeciesCatalogue.Entry entry, Locale reader) {
        Anchor card = new Anchor("species/" + entry.summary().slug());
        card.addClassName("museum-catalogue-card");
        entry.summary().image().ifPresent(key -> {
            Image image = new Image(MediaUrls.of(key), getTranslation("content.imageAlt", entry.summary().title()));
            image.getElement().setAttribute("loading", "lazy");
            card.add(image);
        });
        Div body = new Div();
        Span title = new Span(entry.summary().title());
        title.addClassName("museum-card-title");
        body.add(title, latin(entry.summary().scientificName()), new Span(entry.family()));
        if (!entry.summary().summary().isBlank()) {
            body.add(new Paragraph(entry.summary().summary()));
        }
        card.add(DocumentSections.mark(body, entry.species(), reader));
        return card;
    }

    private static Span latin(String name) {
        Span latin = new Span(name);
        latin.addClassName("museum-latin");
        latin.getElement().setAttribute("lang", "la");
        return latin;
    }
}
