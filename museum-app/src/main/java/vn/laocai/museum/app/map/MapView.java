package vn.laocai.museum.app.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.ontology.ReferenceCatalog;

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
        add(ProvinceMapSection.SITE.components(catalog.read(ContentLanguage.code(reader)), reader, settings, outline)
                .toArray(Component[]::new));
        return getTranslation("map.title");
    }
}
