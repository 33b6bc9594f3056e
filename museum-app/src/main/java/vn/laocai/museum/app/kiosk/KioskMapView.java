package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.app.map.MapProperties;
import vn.laocai.museum.app.map.ProvinceMapSection;
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
        add(ProvinceMapSection.KIOSK.components(catalog.read(ContentLanguage.code(reader)), reader, settings, outline)
                .toArray(Component[]::new));
        return getTranslation("map.title");
    }
}
