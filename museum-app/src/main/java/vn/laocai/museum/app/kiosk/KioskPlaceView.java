package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.app.map.Since2025;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;

/**
 * {@code /kiosk/places/<slug>}: a former district or commune, or a commune since 1 July 2025, on the kiosk —
 * what grows there, its communes (or the former communes it took in), its marks.
 */
@Route(value = "kiosk/places", layout = KioskLayout.class)
@AnonymousAllowed
public class KioskPlaceView extends ReaderPage implements HasUrlParameter<String> {

    private final ReferenceCatalog catalog;
    private String slug;

    public KioskPlaceView(ReferenceCatalog catalog) {
        this.catalog = catalog;
        addClassName("kiosk-place");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        this.slug = slug;
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        References references = catalog.read(ContentLanguage.code(reader));
        References.Place place = references.place(slug).orElseThrow(() -> new KioskPageNotFound("No place " + slug));
        Anchor back = new Anchor("kiosk/map", getTranslation("kiosk.backToMap"));
        back.addClassName("kiosk-back");
        String title = place.current() ? Since2025.name(place, reader) : place.name();
        add(back, new H1(title));
        add(new Paragraph(place.district() ? getTranslation("map.district")
                : place.current() ? getTranslation(place.ward() ? "places.currentWard" : "places.currentCommune")
                : getTranslation("places.communeOf", place.parent() == null ? "" : place.parent().name())));
        if (!place.district() && !place.current()) {
            Since2025.sentence(place, reader, "kiosk/").ifPresent(parts -> add(new Paragraph(parts.toArray(Component[]::new))));
        }
        if (place.note() != null) {
            add(new Paragraph(place.note()));
        }
        // A current commune shows what grew in the former communes it took in.
        List<References.Occurrence> growing = place.current() ? references.speciesInFormerCommunes(place) : references.speciesAt(slug);
        add(new H2(getTranslation(place.current() ? "places.growingBefore" : "places.growing")));
        if (growing.isEmpty()) {
            add(new Paragraph(getTranslation("places.nothingRecorded")));
        }
        Div chips = new Div();
        chips.addClassName("kiosk-chips");
        growing.forEach(occurrence -> {
            Anchor chip = new Anchor(KioskTiles.speciesPage(occurrence.species().slug()), occurrence.species().name());
            chip.addClassName("kiosk-chip");
            chips.add(chip);
        });
        add(chips);
        if (place.district()) {
            Div communes = new Div();
            communes.addClassName("kiosk-chips");
            references.communesOf(slug).forEach(commune -> {
                Anchor chip = new Anchor("kiosk/places/" + commune.slug(), commune.name());
                chip.addClassName("kiosk-chip");
                communes.add(chip);
            });
            add(new H2(getTranslation("places.communes")), communes);
        }
        if (place.current() && !place.formerCommunes().isEmpty()) {
            Div former = new Div();
            former.addClassName("kiosk-chips");
            place.formerCommunes().forEach(commune -> {
                Anchor chip = new Anchor("kiosk/places/" + commune.slug(), commune.name());
                chip.addClassName("kiosk-chip");
                former.add(chip);
            });
            add(new H2(getTranslation("places.tookIn")), former);
        }
        List<References.Mark> marks = references.marksAt(slug);
        if (!marks.isEmpty()) {
            UnorderedList list = new UnorderedList();
            marks.forEach(mark -> list.add(new ListItem(mark.name())));
            add(new H2(getTranslation("places.marks")), list);
        }
        return title;
    }
}
