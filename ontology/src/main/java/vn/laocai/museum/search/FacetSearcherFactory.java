package vn.laocai.museum.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Makes the searchers of {@link SearchIndex}'s {@code SearcherManager}, each with the facet state of
 * its reader (the map from facet values to ordinals across segments): built once when the index
 * changes, not on every search.
 */
final class FacetSearcherFactory extends SearcherFactory {

    private final FacetsConfig config;

    FacetSearcherFactory(FacetsConfig config) {
        this.config = config;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new FacetSearcher(reader, state(reader));
    }

    /** Null for an index without any facet value: empty, or written before facets were indexed. */
    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException noFacetsIndexed) {
            return null;
        }
    }

    /** A searcher that carries its reader's facet state. */
    static final class FacetSearcher extends IndexSearcher {
        private final SortedSetDocValuesReaderState state;

        FacetSearcher(IndexReader reader, SortedSetDocValuesReaderState state) {
            super(reader);
            this.state = state;
        }

        SortedSetDocValuesReaderState state() {
            return state;
        }
    }
}
