package vn.laocai.museum.app.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
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
 * point (generalised for a protected species, with the reason) — nothing when there is none.
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

    /** The components to add; empty when the species' places have no point yet. */
    public List<Component> of(String slug, Locale reader, String linkPrefix) {
        References references = catalog.read(ContentLanguage.code(reader));
        List<MapMarker> markers = new MapLayers(references, reader, linkPrefix).species(slug);
        if (markers.isEmpty()) {
            return List.of();
        }
        String heading = MuseumTranslations.text(reader, "kiosk.whereItGrows");
        List<Component> parts = new ArrayList<>(List.of(new H2(heading), MapSections.map(settings, outline, markers, heading)));
        if (markers.stream().anyMatch(MapMarker::generalised)) {
            parts.add(DocumentSections.notice("museum-map-notice", MuseumTranslations.text(reader, "map.generalised")));
        }
        return parts;
    }
}
