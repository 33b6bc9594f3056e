package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.laocai.museum.app.base.ui.PlantParts;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.app.species.SpeciesCatalogue;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.search.DocumentFacets;

/**
 * {@code /kiosk/categories?by=part&value=root}: herbs by the part used, the ethnic group that names
 * them, their family or a conservation list — every choice a large button, nothing to type. (Use
 * categories are not in the graph yet, so there is no such button.)
 */
@Route(value = "kiosk/categories", layout = KioskLayout.class)
@AnonymousAllowed
public class KioskCategoriesView extends ReaderPage implements BeforeEnterObserver {

    /** The ways to browse, in the order of their buttons. */
    enum Category {
        PART("part", "kiosk.by.part", SpeciesCatalogue.Entry::parts),
        ETHNIC("ethnic", "kiosk.by.ethnic", SpeciesCatalogue.Entry::ethnicGroups),
        FAMILY("family", "kiosk.by.family", entry -> entry.family().isBlank() ? List.of() : List.of(entry.family())),
        LIST("list", "kiosk.by.list", SpeciesCatalogue.Entry::lists);

        final String key;
        final String label;
        final Function<SpeciesCatalogue.Entry, List<String>> values;

        Category(String key, String label, Function<SpeciesCatalogue.Entry, List<String>> values) {
            this.key = key;
            this.label = label;
            this.values = values;
        }

        static Category of(String key) {
            for (Category category : values()) {
                if (category.key.equals(key)) {
                    return category;
                }
            }
            return PART;
        }
    }

    private final SpeciesCatalog species;
    private final DocumentFacets facets;
    private final ReferenceCatalog references;
    private Category category = Category.PART;
    private String value;

    public KioskCategoriesView(SpeciesCatalog species, DocumentFacets facets, ReferenceCatalog references) {
        this.species = species;
        this.facets = facets;
        this.references = references;
        addClassName("kiosk-categories");
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        category = Category.of(parameters.getSingleParameter("by").orElse("part"));
        value = parameters.getSingleParameter("value").filter(v -> !v.isBlank()).orElse(null);
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        SpeciesCatalogue catalogue = SpeciesCatalogue.read(species, facets, reader);
        References lists = category == Category.LIST ? references.read(vn.laocai.museum.app.base.i18n.ContentLanguage.code(reader)) : null;
        add(new H1(getTranslation("kiosk.nav.categories")));
        Div kinds = chips();
        for (Category each : Category.values()) {
            kinds.add(chip(getTranslation(each.label), link(each, null), each == category));
        }
        add(kinds, new H2(getTranslation(category.label)));
        Div values = chips();
        for (Map.Entry<String, Long> each : catalogue.values(category.values).entrySet()) {
            values.add(chip(label(each.getKey(), reader, lists) + " (" + each.getValue() + ")", link(category, each.getKey()),
                    each.getKey().equals(value)));
        }
        add(values);
        if (value == null) {
            add(new Paragraph(getTranslation("kiosk.chooseOne")));
        } else {
            add(new H2(label(value, reader, lists)));
            add(KioskTiles.tiles(catalogue.all().stream().filter(entry -> category.values.apply(entry).contains(value))
                    .map(SpeciesCatalogue.Entry::species).toList(), reader));
        }
        return getTranslation("kiosk.nav.categories");
    }

    private String label(String code, Locale reader, References lists) {
        return switch (category) {
            case PART -> PlantParts.of(code, reader);
            case LIST -> lists.lists().stream().filter(list -> code.equals(list.code())).findFirst()
                    .map(References.ConservationList::name).orElse(code);
            default -> code;
        };
    }

    private static String link(Category category, String value) {
        String link = "kiosk/categories?by=" + category.key;
        return value == null ? link : link + "&value=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Div chips() {
        Div chips = new Div();
        chips.addClassName("kiosk-chips");
        return chips;
    }

    private static Anchor chip(String text, String href, boolean chosen) {
        Anchor chip = new Anchor(href, text);
        chip.addClassName("kiosk-chip");
        if (chosen) {
            chip.addClassName("kiosk-chip-chosen");
            chip.getElement().setAttribute("aria-current", "true");
        }
        return chip;
    }
}
