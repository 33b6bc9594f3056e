package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.app.species.SpeciesCatalogue;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.search.DocumentFacets;

/** {@code /kiosk}: the strategic herbs of the province as large pictures, then every other herb. */
@Route(value = "kiosk", layout = KioskLayout.class)
@AnonymousAllowed
public class KioskHomeView extends ReaderPage {

    private final SpeciesCatalog species;
    private final DocumentFacets facets;

    public KioskHomeView(SpeciesCatalog species, DocumentFacets facets) {
        this.species = species;
        this.facets = facets;
        addClassName("kiosk-home");
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        SpeciesCatalogue catalogue = SpeciesCatalogue.read(species, facets, reader);
        Anchor scan = new Anchor("kiosk/scan", getTranslation("kiosk.scan.chip"));
        scan.addClassName("kiosk-chip");
        scan.setId("kiosk-scan-chip");
        add(new H1(getTranslation("kiosk.strategic")), new Paragraph(getTranslation("kiosk.touchAHerb")), scan);
        add(KioskTiles.tiles(catalogue.strategic().stream().map(SpeciesCatalogue.Entry::species).toList(), reader));
        add(new H2(getTranslation("kiosk.others")));
        add(KioskTiles.tiles(catalogue.all().stream().filter(entry -> entry.summary().strategicRank() == null)
                .map(SpeciesCatalogue.Entry::species).toList(), reader));
        Anchor az = new Anchor("kiosk/a-z", getTranslation("kiosk.nav.az"));
        az.addClassName("kiosk-chip");
        add(az);
        return getTranslation("kiosk.title");
    }
}
