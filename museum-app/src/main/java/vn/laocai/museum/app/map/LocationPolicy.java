package vn.laocai.museum.app.map;

import vn.laocai.museum.ontology.References.GeoPoint;

/**
 * How precisely a point may be shown to the public. A species on a conservation list is shown at
 * the centre of the 0.1° grid cell (about 11 by 10 km here) that holds the point, never at the
 * point itself, so a map cannot lead collectors to a plant; the map draws the cell and says why.
 * Other points are shown where the source puts them.
 *
 * <pre>{@code
 * LocationPolicy.show(point, true).generalised();   // true: a cell, not a place
 * }</pre>
 */
public final class LocationPolicy {

    /** Size of a grid cell in degrees: 0.1° of latitude is 11.1 km, of longitude at 22° N 10.3 km. */
    public static final double CELL_DEGREES = 0.1;

    private LocationPolicy() {}

    /** Where a point may be shown: itself, or the centre of its cell when the species is protected. */
    public static Shown show(GeoPoint point, boolean protectedSpecies) {
        if (!protectedSpecies) {
            return new Shown(point.latitude(), point.longitude(), null);
        }
        double south = Math.floor(point.latitude() / CELL_DEGREES) * CELL_DEGREES;
        double west = Math.floor(point.longitude() / CELL_DEGREES) * CELL_DEGREES;
        MapMarker.GeneralisedCell cell = new MapMarker.GeneralisedCell(round(south), round(west),
                round(south + CELL_DEGREES), round(west + CELL_DEGREES));
        return new Shown(round(south + CELL_DEGREES / 2), round(west + CELL_DEGREES / 2), cell);
    }

    /** A position to draw, and the cell it stands for when it was generalised. */
    public record Shown(double lat, double lon, MapMarker.GeneralisedCell cell) {

        public boolean generalised() {
            return cell != null;
        }
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
