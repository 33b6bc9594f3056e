package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.app.map.MapLayers;
import vn.laocai.museum.app.map.MapProperties;
import vn.laocai.museum.app.map.MapSections;
import vn.laocai.museum.app.map.ProvinceOutline;
import vn.laocai.museum.ontology.ReferenceCatalog;

/** {@code /kiosk/map}: the province map, its popups opening kiosk pages, and the places without a point as buttons. */
@Route(value = "kiosk/map", layout = KioskLayout.class)
@AnonymousAllowed
public class KioskMapView extends ReaderPage {

    private final ReferenceCatalog catalog;
    private final MapProperties settings;
    private final ProvinceOutline outline;

    public KioskMapView(ReferenceCatalog catalog, MapProperties settings, ProvinceOutline outline) {
        this.catalog = catalog;
        this.settings = settings;
        this.outline = outline;
        addClassName("kiosk-map");
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        MapLayers layers = new MapLayers(catalog.read(ContentLanguage.code(reader)), reader, "/kiosk/");
        String title = getTranslation("map.title");
        add(new H1(title), new Paragraph(getTranslation("map.intro")));
        add(MapSections.map(settings, outline, layers.places(), title));
        if (outline.approximate()) {
            add(DocumentSections.notice("kiosk-notice", getTranslation("map.approximateOutline")));
        }
        add(new H2(getTranslation("map.unmapped")), new Paragraph(getTranslation("map.unmappedIntro")));
        Div places = new Div();
        places.addClassName("kiosk-chips");
        layers.unmapped().forEach(place -> {
            Anchor chip = new Anchor("kiosk/places/" + place.slug(), place.name());
            chip.addClassName("kiosk-chip");
            places.add(chip);
        });
        add(places);
        return title;
    }
}
