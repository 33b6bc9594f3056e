package vn.laocai.museum.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total every hit the query has, counted exactly, not only those on this page
 * @param hits  the hits on this page, best first
 */
public record SearchResults(long total, List<SearchHit> hits) {

    public static final SearchResults EMPTY = new SearchResults(0, List.of());

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
