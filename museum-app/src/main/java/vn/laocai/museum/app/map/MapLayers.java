package vn.laocai.museum.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.ontology.References;

/**
 * What the maps show, from the reference data: a marker for every place whose point a source
 * gives (former districts as pins, former and current communes as small circles; a place without a
 * sourced point is left out, none is made up), and a species' places, generalised by
 * {@link LocationPolicy} when the species is protected.
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

    /** A marker for each place with a sourced point, saying what the point stands for: districts first, then communes. */
    public List<MapMarker> places() {
        List<MapMarker> markers = new ArrayList<>();
        List<References.Place> places = new ArrayList<>(references.districts());
        places.addAll(references.communes());
        places.addAll(references.currentCommunes());
        for (References.Place place : places) {
            place.point().ifPresent(point -> {
                List<String> lines = new ArrayList<>();
                lines.add(kind(place));
                if (!place.current()) {
                    lines.add(text("map.speciesCount", references.speciesAt(place.slug()).size()));
                }
                if (place.district() && place.note() != null) {
                    lines.add(place.note());
                }
                if (!place.pointVerified()) {
                    lines.add(text("map.pointUnverified"));
                }
                markers.add(new MapMarker(point.latitude(), point.longitude(), title(place), lines,
                        linkPrefix + "places/" + place.slug(), null, !place.district()));
            });
        }
        return markers;
    }

    /** The one marker of a place's own page: its point, said to be a district's or a commune's. */
    public List<MapMarker> place(References.Place place) {
        return place.point().map(point -> List.of(new MapMarker(point.latitude(), point.longitude(), title(place),
                List.of(kind(place)), null, null, !place.district()))).orElse(List.of());
    }

    /** What a place's point stands for: a former district, a former commune (with its district), a current commune or ward. */
    public String kind(References.Place place) {
        if (place.district()) {
            return text("map.district");
        }
        if (place.current()) {
            return text(place.ward() ? "places.currentWard" : "places.currentCommune");
        }
        return place.parent() == null ? text("map.formerCommune") : text("map.formerCommuneOf", place.parent().name());
    }

    private String title(References.Place place) {
        return place.current() ? Since2025.name(place, reader) : place.name();
    }

    /** The places where a species is recorded that have a point; protected species at their cell's centre. */
    public List<MapMarker> species(String slug) {
        List<MapMarker> markers = new ArrayList<>();
        references.occurrences().stream().filter(o -> o.species().slug().equals(slug)).findFirst().ifPresent(occurrence -> {
            for (References.Ref where : occurrence.places()) {
                references.place(where.slug()).flatMap(References.Place::point).ifPresent(point -> {
                    LocationPolicy.Shown shown = LocationPolicy.show(point, occurrence.protectedSpecies());
                    References.Place shownPlace = references.place(where.slug()).orElseThrow();
                    List<String> lines = new ArrayList<>(List.of(kind(shownPlace)));
                    if (shown.generalised()) {
                        lines.add(text("map.generalised"));
                    }
                    markers.add(new MapMarker(shown.lat(), shown.lon(), where.name(), lines,
                            linkPrefix + "places/" + where.slug(), shown.cell(), !shownPlace.district()));
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
