package vn.laocai.museum.app.map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;

/** {@code /map}: the province, the places the graph has points for, and those it has none for yet. */
@Route(value = "map", layout = MainLayout.class)
@AnonymousAllowed
public class MapView extends ReaderPage {

    private final ReferenceCatalog catalog;
    private final MapProperties settings;
    private final ProvinceOutline outline;

    public MapView(ReferenceCatalog catalog, MapProperties settings, ProvinceOutline outline) {
        this.catalog = catalog;
        this.settings = settings;
        this.outline = outline;
        addClassName("museum-map-page");
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        References references = catalog.read(ContentLanguage.code(reader));
        MapLayers layers = new MapLayers(references, reader, "/");
        String title = getTranslation("map.title");
        add(new H1(title), new Paragraph(getTranslation("map.intro")));
        add(MapSections.map(settings, outline, layers.places(), title));
        add(MapSections.pointList(getTranslation("map.points"), layers.places()));
        add(new H2(getTranslation("map.unmapped")), new Paragraph(getTranslation("map.unmappedIntro")));
        UnorderedList unmapped = new UnorderedList();
        unmapped.addClassName("museum-unmapped");
        layers.unmapped().forEach(place -> unmapped.add(new ListItem(new Anchor("places/" + place.slug(), place.name()))));
        add(unmapped);
        if (outline.approximate()) {
            add(DocumentSections.notice("museum-map-notice", getTranslation("map.approximateOutline")));
        }
        return title;
    }
}
