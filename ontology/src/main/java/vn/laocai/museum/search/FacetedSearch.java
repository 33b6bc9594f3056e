package vn.laocai.museum.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Answers one {@link SearchRequest}: the query of {@link NameQueryBuilder}, narrowed by the facet
 * filters with a {@link DrillSideways} search so that the values of a filtered facet keep their
 * counts. When a word is in no name and no text, so that nothing can match the text exactly, the
 * query also looks for the corrected spelling; the hits on the page get a highlighted passage.
 */
final class FacetedSearch {

    /** Most values shown per facet. */
    private static final int FACET_VALUES = 50;

    private final NameQueryBuilder queries;
    private final FacetsConfig config;
    private final SpellingCorrector speller = new SpellingCorrector();
    private final Highlights highlights;
    private final FacetLabels labels = new FacetLabels();

    FacetedSearch(NameQueryBuilder queries, FacetsConfig config, Highlights highlights) {
        this.queries = queries;
        this.config = config;
        this.highlights = highlights;
    }

    /** A page of hits with their highlights; {@code toHit} reads a hit and says which of its names matched the words. */
    SearchResults search(IndexSearcher searcher, SortedSetDocValuesReaderState state, SearchRequest request,
            BiFunction<ScoreDoc, List<String>, SearchHit> toHit) throws IOException {
        Query typed = queries.build(request.text());
        if (typed == null) {
            return SearchResults.EMPTY;
        }
        List<String> terms = queries.terms(request.text());
        List<String> words = List.of(String.join(" ", terms));
        // Only a word that no name and no text holds is corrected: then no resource has every word
        // typed, so the correction never competes with an exact match, and its hits are ranked
        // together with those that have some of the words as typed.
        Optional<List<String>> corrected = speller.correct(terms, searcher.getIndexReader());
        String didYouMean = null;
        Query query = typed;
        if (corrected.isPresent()) {
            didYouMean = String.join(" ", corrected.get());
            words = List.of(words.getFirst(), didYouMean);
            query = new BooleanQuery.Builder()
                    .add(typed, BooleanClause.Occur.SHOULD)
                    .add(queries.build(didYouMean), BooleanClause.Occur.SHOULD)
                    .build();
        }
        Found found = find(searcher, state, query, request);
        ScoreDoc[] page = page(found.top.scoreDocs, request);
        String[] passages = highlights.passages(searcher, found.query, page, request.language());
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(toHit.apply(page[i], words).withHighlight(passages[i]));
        }
        if (didYouMean != null) {
            didYouMean = found.top.totalHits.value() == 0 ? null : asNamed(didYouMean, hits);
        }
        return new SearchResults(found.top.totalHits.value(), hits, facetCounts(found.facets, state, request.language()),
                didYouMean);
    }

    /** The hits of a query and, when the index has facets, its facet counts. */
    private record Found(Query query, TopDocs top, Facets facets) {}

    private Found find(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query query, SearchRequest request)
            throws IOException {
        DrillDownQuery drillDown = new DrillDownQuery(config, query);
        request.filters().forEach((facet, values) -> values.forEach(value -> drillDown.add(facet.key(), value)));
        // Never more slots than documents, whatever page is asked for.
        int wanted = (int) Math.max(1, Math.min((long) request.offset() + request.limit(), searcher.getIndexReader().maxDoc()));
        CollectorManager<?, ? extends TopDocs> collector = request.sort() == SearchSort.NAME
                ? new TopFieldCollectorManager(byName(request.language()), wanted, null, Integer.MAX_VALUE)
                : new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
        if (state == null) {
            // An index without facet values (empty, or written before facets): filters still apply.
            return new Found(query, searcher.search(drillDown, collector), null);
        }
        DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> result =
                new DrillSideways(searcher, config, state).search(drillDown, collector);
        return new Found(query, result.collectorResult, result.facets);
    }

    private static Sort byName(String language) {
        String field = "en".equals(language) ? SearchFields.TITLE_SORT_EN : SearchFields.TITLE_SORT_VI;
        return new Sort(new SortField(field, SortField.Type.STRING), SortField.FIELD_SCORE);
    }

    private static ScoreDoc[] page(ScoreDoc[] all, SearchRequest request) {
        int from = Math.min(request.offset(), all.length);
        int to = Math.min(all.length, request.offset() + request.limit());
        return java.util.Arrays.copyOfRange(all, from, to);
    }

    private Map<String, List<FacetCount>> facetCounts(Facets facets, SortedSetDocValuesReaderState state, String language)
            throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        List<String> indexed = new ArrayList<>();
        if (state != null) {
            state.getDims().forEach(indexed::add);
        }
        for (SearchFacet facet : SearchFacet.values()) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult result = facets == null || !indexed.contains(facet.key()) ? null
                    : facets.getTopChildren(FACET_VALUES, facet.key());
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetCount(value.label, labels.label(facet, value.label, language), value.value.longValue()));
                }
            }
            counts.put(facet.key(), values);
        }
        return counts;
    }

    /** The corrected words as the name they spell, when the best hit has such a name ("Cinnamomum cassia"). */
    private String asNamed(String corrected, List<SearchHit> hits) {
        return hits.stream()
                .map(SearchHit::matchedName)
                .filter(name -> name != null && queries.exactKey(name).equals(corrected))
                .findFirst()
                .orElse(corrected);
    }
}
