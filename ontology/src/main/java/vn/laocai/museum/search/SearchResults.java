package vn.laocai.museum.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total      every hit the query has, counted exactly, not only those on this page
 * @param hits       the hits on this page, best first
 * @param facets     for each facet (by key, in {@link SearchFacet} order), its values among all hits, most
 *                   frequent first; a facet being filtered on counts as if it were not, so its other values
 *                   keep their counts
 * @param didYouMean the text with its unknown words corrected, as the name it spells where a hit has that name;
 *                   null when every word is known, or nothing could be corrected or found
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, String didYouMean) {

    public static final SearchResults EMPTY = new SearchResults(0, List.of());

    public SearchResults {
        hits = List.copyOf(hits);
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        facets.forEach((key, counts) -> copy.put(key, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(copy);
    }

    public SearchResults(long total, List<SearchHit> hits) {
        this(total, hits, Map.of(), null);
    }
}
