package vn.laocai.museum.app.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.ontology.References;

/**
 * The province map page, built once for the public site ({@code /map}) and the kiosk
 * ({@code /kiosk/map}): the title, the map of every place with a sourced point, where the outline
 * comes from, and the former districts without a point. The two differ only where a kiosk must:
 * its links stay inside {@code /kiosk/}, it has no text list of the points, and the places without a
 * point are large buttons rather than a list.
 *
 * <pre>{@code
 * add(ProvinceMapSection.SITE.components(references, reader, settings, outline).toArray(Component[]::new));
 * }</pre>
 */
public enum ProvinceMapSection {

    /** The public site: links under "/", the points also as a text list, the unmapped places as a list. */
    SITE("/", "museum-map-notice", true),
    /** The kiosk: links under "/kiosk/", no text list, the unmapped places as buttons. */
    KIOSK("/kiosk/", "kiosk-notice", false);

    private final String linkPrefix;
    private final String noticeClass;
    private final boolean pointList;

    ProvinceMapSection(String linkPrefix, String noticeClass, boolean pointList) {
        this.linkPrefix = linkPrefix;
        this.noticeClass = noticeClass;
        this.pointList = pointList;
    }

    /** The page's components, in order; the title is the first, an {@link H1}. */
    public List<Component> components(References references, Locale reader, MapProperties settings, ProvinceOutline outline) {
        Objects.requireNonNull(outline, "outline");
        MapLayers layers = new MapLayers(references, reader, linkPrefix);
        String title = text(reader, "map.title");
        List<Component> parts = new ArrayList<>(List.of(new H1(title), new Paragraph(text(reader, "map.intro"))));
        List<MapMarker> markers = layers.places();
        parts.add(MapSections.map(settings, outline, markers, title));
        if (pointList) {
            parts.add(MapSections.pointList(text(reader, "map.points"), markers));
        }
        parts.add(outline.approximate() ? DocumentSections.notice(noticeClass, text(reader, "map.approximateOutline"))
                : DocumentSections.notice(noticeClass, text(reader, "map.outlineSource", outline.source(), outline.license())));
        parts.add(new H2(text(reader, "map.unmapped")));
        parts.add(new Paragraph(text(reader, "map.unmappedIntro")));
        parts.add(pointList ? unmappedList(layers.unmapped()) : unmappedChips(layers.unmapped()));
        return parts;
    }

    private UnorderedList unmappedList(List<References.Place> places) {
        UnorderedList list = new UnorderedList();
        list.addClassName("museum-unmapped");
        places.forEach(place -> list.add(new ListItem(new Anchor(relative("places/" + place.slug()), place.name()))));
        return list;
    }

    private Div unmappedChips(List<References.Place> places) {
        Div chips = new Div();
        chips.addClassName("kiosk-chips");
        places.forEach(place -> {
            Anchor chip = new Anchor(relative("places/" + place.slug()), place.name());
            chip.addClassName("kiosk-chip");
            chips.add(chip);
        });
        return chips;
    }

    /** A link relative to the page's base, as the views have always written them ("places/…", "kiosk/places/…"). */
    private String relative(String path) {
        return linkPrefix.substring(1) + path;
    }

    private static String text(Locale reader, String key, Object... params) {
        return MuseumTranslations.text(reader, key, params);
    }
}
