package vn.laocai.museum.search;

import java.util.Objects;

/**
 * How many hits have one value of a facet.
 *
 * @param value the value to filter by (e.g. "root", "Araliaceae")
 * @param label how the value is shown in the request's language (e.g. "rễ")
 */
public record FacetCount(String value, String label, long count) {
    public FacetCount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
