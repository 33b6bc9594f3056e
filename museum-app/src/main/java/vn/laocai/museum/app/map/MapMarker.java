package vn.laocai.museum.app.map;

import java.util.List;
import java.util.Objects;

/**
 * One point on a map with its popup: a title (a link when {@code link} is set) and lines of text.
 * A generalised marker stands for a cell of the grid, drawn around it, not for a place.
 */
public record MapMarker(double lat, double lon, String title, List<String> lines, String link, GeneralisedCell cell) {

    public MapMarker {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
    }

    /** The grid cell a protected species' point was moved to the centre of. */
    public record GeneralisedCell(double south, double west, double north, double east) {}

    public boolean generalised() {
        return cell != null;
    }
}
