package vn.laocai.museum.app.search;

import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.laocai.museum.search.SearchFacet;
import vn.laocai.museum.search.SearchRequest;
import vn.laocai.museum.search.SearchSort;

/**
 * What the search page shows, as its URL says it: the words ({@code q}), the chosen facet values
 * (by facet key, repeatable), the order ({@code sort}) and the page ({@code page}, from 0). Values
 * the page cannot use (an unknown sort, a negative page, too many values) are dropped, not refused:
 * a visitor's edited URL still shows results.
 */
record SearchState(String query, Map<String, List<String>> filters, String sort, int page) {

    private static final int MAX_QUERY = 256;

    static SearchState of(QueryParameters parameters) {
        Map<String, List<String>> all = parameters.getParameters();
        String query = first(all, "q").strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (SearchFacet facet : SearchFacet.values()) {
            List<String> values = all.getOrDefault(facet.key(), List.of()).stream()
                    .filter(value -> !value.isBlank() && value.length() <= SearchParameters.MAX_VALUE_LENGTH)
                    .distinct().limit(SearchParameters.MAX_VALUES).toList();
            if (!values.isEmpty()) {
                filters.put(facet.key(), values);
            }
        }
        String sort = first(all, "sort").equals("name") ? "name" : "relevance";
        int page;
        try {
            page = Math.max(0, Math.min(500, Integer.parseInt(first(all, "page"))));
        } catch (NumberFormatException e) {
            page = 0;
        }
        return new SearchState(query, filters, sort, page);
    }

    /** The request for one page of {@code size} results. */
    SearchRequest request(int size) {
        SearchRequest request = SearchRequest.of(query).page(page * size, size);
        for (var entry : filters.entrySet()) {
            SearchFacet facet = SearchFacet.ofKey(entry.getKey()).orElseThrow();
            for (String value : entry.getValue()) {
                request = request.filter(facet, value);
            }
        }
        return request.sortedBy(sort.equals("name") ? SearchSort.NAME : SearchSort.RELEVANCE);
    }

    boolean has(String facet, String value) {
        return filters.getOrDefault(facet, List.of()).contains(value);
    }

    /** The same search with {@code value} of {@code facet} chosen, or no longer chosen; back to page 1. */
    SearchState toggled(String facet, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(changed.getOrDefault(facet, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            changed.remove(facet);
        } else {
            changed.put(facet, values);
        }
        return new SearchState(query, changed, sort, 0);
    }

    SearchState sortedBy(String order) {
        return new SearchState(query, filters, order, 0);
    }

    SearchState atPage(int number) {
        return new SearchState(query, filters, sort, number);
    }

    /** The page's address: {@code search?q=…&family=…&sort=name&page=2}. */
    String url() {
        List<String> parts = new ArrayList<>();
        parts.add("q=" + encode(query));
        filters.forEach((facet, values) -> values.forEach(value -> parts.add(facet + "=" + encode(value))));
        if (!sort.equals("relevance")) {
            parts.add("sort=" + sort);
        }
        if (page > 0) {
            parts.add("page=" + page);
        }
        return parts.stream().collect(Collectors.joining("&", "search?", ""));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
