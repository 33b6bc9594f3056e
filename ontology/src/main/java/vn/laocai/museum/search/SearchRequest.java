package vn.laocai.museum.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a visitor asked for: the text, facet values to keep (values of one facet are alternatives,
 * different facets must all hold), the order, the language of labels and snippets, and the page.
 *
 * <pre>{@code
 * index.search(SearchRequest.of("sâm").filter(SearchFacet.PART, "root").sortedBy(SearchSort.NAME).page(0, 20));
 * }</pre>
 */
public record SearchRequest(String text, Map<SearchFacet, List<String>> filters, SearchSort sort, String language, int offset,
        int limit) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchRequest {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(language, "language");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, not " + offset + " and " + limit);
        }
        EnumMap<SearchFacet, List<String>> copy = new EnumMap<>(SearchFacet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, List.copyOf(values));
            }
        });
        filters = Collections.unmodifiableMap(copy);
    }

    /** The first page of results for the text, by relevance, in Vietnamese, unfiltered. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, Map.of(), SearchSort.RELEVANCE, "vi", 0, DEFAULT_LIMIT);
    }

    /** This request keeping also the hits that have {@code value} for {@code facet}. */
    public SearchRequest filter(SearchFacet facet, String value) {
        Map<SearchFacet, List<String>> more = new EnumMap<>(SearchFacet.class);
        more.putAll(filters);
        List<String> values = new ArrayList<>(more.getOrDefault(facet, List.of()));
        values.add(Objects.requireNonNull(value, "value"));
        more.put(facet, values);
        return new SearchRequest(text, more, sort, language, offset, limit);
    }

    public SearchRequest sortedBy(SearchSort order) {
        return new SearchRequest(text, filters, order, language, offset, limit);
    }

    public SearchRequest inLanguage(String lang) {
        return new SearchRequest(text, filters, sort, lang, offset, limit);
    }

    public SearchRequest page(int from, int size) {
        return new SearchRequest(text, filters, sort, language, from, size);
    }
}
