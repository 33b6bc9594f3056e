package vn.laocai.museum.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.ontology.References;

/**
 * What the maps show, from the reference data: a marker for every place whose point a source
 * gives (only former districts have one yet; communes have none, and none is made up), and a
 * species' places, generalised by {@link LocationPolicy} when the species is protected.
 *
 * <pre>{@code
 * new MapLayers(references, SiteLanguage.ENGLISH, "/kiosk/").places();
 * }</pre>
 *
 * @param linkPrefix prepended to page paths in popups: "/" on the site, "/kiosk/" on the kiosk
 */
public record MapLayers(References references, Locale reader, String linkPrefix) {

    public MapLayers {
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(linkPrefix, "linkPrefix");
    }

    /** A marker for each place with a sourced point, saying what the point stands for. */
    public List<MapMarker> places() {
        List<MapMarker> markers = new ArrayList<>();
        for (References.Place place : references.districts()) {
            place.point().ifPresent(point -> {
                List<String> lines = new ArrayList<>();
                lines.add(text("map.district"));
                lines.add(text("map.speciesCount", references.speciesAt(place.slug()).size()));
                if (place.note() != null) {
                    lines.add(place.note());
                }
                if (!place.pointVerified()) {
                    lines.add(text("map.pointUnverified"));
                }
                markers.add(new MapMarker(point.latitude(), point.longitude(), place.name(), lines,
                        linkPrefix + "places/" + place.slug(), null));
            });
        }
        return markers;
    }

    /** The places where a species is recorded that have a point; protected species at their cell's centre. */
    public List<MapMarker> species(String slug) {
        List<MapMarker> markers = new ArrayList<>();
        references.occurrences().stream().filter(o -> o.species().slug().equals(slug)).findFirst().ifPresent(occurrence -> {
            for (References.Ref where : occurrence.places()) {
                references.place(where.slug()).flatMap(References.Place::point).ifPresent(point -> {
                    LocationPolicy.Shown shown = LocationPolicy.show(point, occurrence.protectedSpecies());
                    List<String> lines = new ArrayList<>(List.of(text("map.district")));
                    if (shown.generalised()) {
                        lines.add(text("map.generalised"));
                    }
                    markers.add(new MapMarker(shown.lat(), shown.lon(), where.name(), lines,
                            linkPrefix + "places/" + where.slug(), shown.cell()));
                });
            }
        });
        return markers;
    }

    /** Former districts without a sourced point, shown as a list beside the map. */
    public List<References.Place> unmapped() {
        return references.districts().stream().filter(place -> place.point().isEmpty()).toList();
    }

    private String text(String key, Object... params) {
        return MuseumTranslations.text(reader, key, params);
    }
}
