package vn.laocai.museum.app.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.laocai.museum.search.SearchFacet;
import vn.laocai.museum.search.SearchRequest;
import vn.laocai.museum.search.SearchSort;

/**
 * Reads the facet filters and the order of {@code /api/search} from its query parameters: each
 * facet by its key ({@code family=Araliaceae&part=root&part=leaf}), repeatable, and
 * {@code sort=relevance|name}. Checks them and says what is wrong in words a caller can act on.
 */
final class SearchParameters {

    static final int MAX_VALUES = 20;
    static final int MAX_VALUE_LENGTH = 200;
    private static final List<String> TYPES = List.of("species", "remedy", "story", "knowledge");

    private SearchParameters() {}

    /** The request with the filters of {@code parameters}, or the reason they cannot be read. */
    static Result apply(SearchRequest request, Map<String, List<String>> parameters, String sort) {
        SearchRequest filtered = request;
        for (SearchFacet facet : SearchFacet.values()) {
            List<String> values = parameters.getOrDefault(facet.key(), List.of());
            if (values.size() > MAX_VALUES) {
                return Result.invalid("At most " + MAX_VALUES + " values of " + facet.key());
            }
            for (String value : values) {
                if (value == null || value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
                    return Result.invalid(facet.key() + " needs a value of 1 to " + MAX_VALUE_LENGTH + " characters");
                }
                if (facet == SearchFacet.TYPE && !TYPES.contains(value)) {
                    return Result.invalid("Unknown type \"" + value + "\": use species, remedy, story or knowledge");
                }
                filtered = filtered.filter(facet, value.strip());
            }
        }
        Optional<SearchSort> order = sort(sort);
        if (order.isEmpty()) {
            return Result.invalid("Unknown sort \"" + sort + "\": use relevance or name");
        }
        return new Result(filtered.sortedBy(order.get()), null);
    }

    private static Optional<SearchSort> sort(String sort) {
        for (SearchSort order : SearchSort.values()) {
            if (order.name().toLowerCase(Locale.ROOT).equals(sort)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    /** A request to run, or an error to answer with. */
    record Result(SearchRequest request, String error) {
        static Result invalid(String error) {
            return new Result(null, error);
        }
    }
}
