package vn.laocai.museum.app.map;

import java.util.List;
import java.util.Objects;

/**
 * One point on a map with its popup: a title (a link when {@code link} is set) and lines of text.
 * A generalised marker stands for a cell of the grid, drawn around it, not for a place. A commune's
 * point is drawn as a small circle, a former district's as a pin.
 */
public record MapMarker(double lat, double lon, String title, List<String> lines, String link, GeneralisedCell cell,
        boolean commune) {

    public MapMarker {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
    }

    /** A pin (a former district's point, or a species' place). */
    public MapMarker(double lat, double lon, String title, List<String> lines, String link, GeneralisedCell cell) {
        this(lat, lon, title, lines, link, cell, false);
    }

    /** The grid cell a protected species' point was moved to the centre of. */
    public record GeneralisedCell(double south, double west, double north, double east) {}

    public boolean generalised() {
        return cell != null;
    }
}
