package vn.laocai.museum.app.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;

/**
 * Where a species grows, for its page: a heading, the map of the recorded places that have a
 * point (generalised for a protected species, with the reason), and the former districts and
 * communes the distribution names with their current commune — nothing when there is none.
 *
 * <pre>{@code
 * add(distribution.of(slug, reader, "/").toArray(Component[]::new));    // in SpeciesView.show(…)
 * }</pre>
 */
public record SpeciesDistributionMap(ReferenceCatalog catalog, MapProperties settings, ProvinceOutline outline) {

    public SpeciesDistributionMap {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(outline, "outline");
    }

    /**
     * The components to add: the map of the places with a point, and the list of the former districts
     * and communes the distribution names, each commune with the current commune it is part of since
     * 1 July 2025 where a source gives it; empty when the distribution names no place.
     */
    public List<Component> of(String slug, Locale reader, String linkPrefix) {
        References references = catalog.read(ContentLanguage.code(reader));
        List<MapMarker> markers = new MapLayers(references, reader, linkPrefix).species(slug);
        List<References.Place> places = references.distributionOf(slug);
        if (markers.isEmpty() && places.isEmpty()) {
            return List.of();
        }
        String heading = MuseumTranslations.text(reader, "kiosk.whereItGrows");
        List<Component> parts = new ArrayList<>(List.of(new H2(heading)));
        if (!markers.isEmpty()) {
            parts.add(MapSections.map(settings, outline, markers, heading));
        }
        if (markers.stream().anyMatch(MapMarker::generalised)) {
            parts.add(DocumentSections.notice("museum-map-notice", MuseumTranslations.text(reader, "map.generalised")));
        }
        if (!places.isEmpty()) {
            parts.add(placeList(places, reader, linkPrefix));
        }
        return parts;
    }

    /** "Trịnh Tường (former Bát Xát District) — Since 1 July 2025 part of Trịnh Tường commune." */
    private static UnorderedList placeList(List<References.Place> places, Locale reader, String linkPrefix) {
        UnorderedList list = new UnorderedList();
        list.addClassName("museum-distribution");
        for (References.Place place : places) {
            ListItem item = new ListItem(new Anchor(linkPrefix + "places/" + place.slug(), place.name()));
            item.add(new Span(" (" + (place.district() ? MuseumTranslations.text(reader, "map.district")
                    : MuseumTranslations.text(reader, "places.formerDistrictOf", place.parent() == null ? "" : place.parent().name())) + ")"));
            Since2025.sentence(place, reader, linkPrefix).ifPresent(sentence -> {
                item.add(new Span(" — "));
                item.add(sentence.toArray(Component[]::new));
            });
            list.add(item);
        }
        return list;
    }
}
