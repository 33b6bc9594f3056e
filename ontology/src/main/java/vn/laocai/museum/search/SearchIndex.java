package vn.laocai.museum.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.laocai.museum.ontology.ComponentHealth;
import vn.laocai.museum.ontology.DocumentKind;

/**
 * The museum's full-text index: upserts documents by IRI and answers name and text queries.
 * Readers go through a {@link SearcherManager}, so a search never sees a half-written index and
 * sees each write right after {@link #upsert} returns.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(Path.of("data/index"))) {
 *     index.upsert(document);
 *     List<SearchHit> hits = index.search("tam that", 10);
 * }
 * }</pre>
 */
public final class SearchIndex implements AutoCloseable {

    /**
     * Version of the fields a rebuild writes, kept in the commit data: an index written before the
     * current fields (e.g. without stored summaries) says so through {@link #isCurrent()}.
     */
    private static final String SCHEMA_KEY = "museum.schema";
    private static final String SCHEMA = "6";
    /** Suggestions looked at before picking the best: ties in score go to the shortest title. */
    private static final int SUGGEST_CANDIDATES = 50;
    private static final Set<String> TITLE_ONLY = Set.of(SearchFields.TITLE_VI);

    private final String location;
    private final Directory directory;
    private final Analyzer analyzer = new FoldingAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final NameQueryBuilder queries = new NameQueryBuilder(analyzer);
    private final LuceneDocuments documents = new LuceneDocuments(queries);
    private final FacetedSearch faceted = new FacetedSearch(queries, documents.facets(), new Highlights(analyzer));

    private SearchIndex(String location, Directory directory) throws IOException {
        this.location = location;
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzer,
                Map.of(SearchFields.NAME_WORD_STARTS, new WordStartsAnalyzer()))));
        this.searchers = new SearcherManager(writer, new FacetSearcherFactory(documents.facets()));
    }

    /** Opens (or creates) an index on disk. */
    public static SearchIndex open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            return new SearchIndex(directory.toString(), FSDirectory.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open search index at " + directory, e);
        }
    }

    /** An index held in memory, for tests and benchmarks. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex("memory", new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the document, or replaces the one with the same IRI; visible to searches on return. */
    public void upsert(SearchDocument document) {
        try {
            writer.updateDocument(new Term(SearchFields.IRI, document.iri()), documents.toLucene(document));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index " + document.iri(), e);
        }
    }

    /** Takes the document with this IRI out (nothing happens when there is none); visible to searches on return. */
    public void remove(String iri) {
        try {
            writer.deleteDocuments(new Term(SearchFields.IRI, iri));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + iri + " from the index", e);
        }
    }

    /** Replaces the whole index with these documents in one commit. */
    public void rebuild(List<SearchDocument> all) {
        try {
            writer.deleteAll();
            for (SearchDocument document : all) {
                writer.addDocument(documents.toLucene(document));
            }
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rebuild the search index", e);
        }
    }

    /** The best {@code limit} hits for what a person typed; empty for a blank query. */
    public List<SearchHit> search(String text, int limit) {
        Query query = queries.build(text);
        if (query == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, limit);
                Predicate<String> named = queries.matcher(List.of(text));
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc scoreDoc : top.scoreDocs) {
                    hits.add(toHit(searcher.storedFields().document(scoreDoc.doc), named, scoreDoc.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed for: " + text, e);
        }
    }

    /**
     * One page of the hits for what a person typed: those of one kind only when {@code kind} is not
     * null (a filter, so the total counts that kind only), skipping {@code offset} hits; the total
     * is exact. Empty for a query without a searchable word.
     */
    public SearchResults search(String text, DocumentKind kind, int offset, int limit) {
        SearchRequest request = SearchRequest.of(text).page(offset, limit);
        return search(kind == null ? request : request.filter(SearchFacet.TYPE, kind.name().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * One page of hits for a request, with the counts of every facet's values among all hits, a
     * corrected spelling when the text found little, and a highlighted passage for each hit.
     */
    public SearchResults search(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                SortedSetDocValuesReaderState state = searcher instanceof FacetSearcherFactory.FacetSearcher facets
                        ? facets.state() : null;
                return faceted.search(searcher, state, request, (scoreDoc, words) -> {
                    try {
                        return toHit(searcher.storedFields().document(scoreDoc.doc), words, scoreDoc.score);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed for: " + request.text(), e);
        }
    }

    /**
     * Up to {@code limit} resources for a search box that suggests while a visitor types ("tam th",
     * "that", "notogin"): names that hold the typed words, each begun, anywhere in the name. A name
     * exactly as typed first, then names that start with it, then names that hold it further in;
     * species before the documents that name them, shorter titles first. The matched name says which
     * name was being typed.
     */
    public List<SearchHit> suggest(String text, int limit) {
        if (limit < 1) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = queries.suggest(text);
                if (query == null) {
                    return List.of();
                }
                TopDocs top = searcher.search(query, Math.max(limit, SUGGEST_CANDIDATES));
                // Titles alone pick the best; only those are read whole and told which name matched.
                StoredFields stored = searcher.storedFields();
                List<Candidate> candidates = new ArrayList<>();
                for (ScoreDoc scoreDoc : top.scoreDocs) {
                    candidates.add(new Candidate(scoreDoc, stored.document(scoreDoc.doc, TITLE_ONLY).get(SearchFields.TITLE_VI)));
                }
                Predicate<String> begun = queries.startsMatcher(text);
                List<SearchHit> hits = new ArrayList<>();
                for (Candidate candidate : candidates.stream().sorted(Candidate.ORDER).limit(limit).toList()) {
                    hits.add(toHit(stored.document(candidate.scoreDoc().doc), begun, candidate.scoreDoc().score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Suggestions failed for: " + text, e);
        }
    }

    /**
     * Whether the index was rebuilt with the fields this version writes; an older one searches
     * but lacks some (snippets), and should be rebuilt.
     */
    public boolean isCurrent() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) {
            return false;
        }
        for (Map.Entry<String, String> entry : data) {
            if (SCHEMA_KEY.equals(entry.getKey())) {
                return SCHEMA.equals(entry.getValue());
            }
        }
        return false;
    }

    /** Number of documents a search can see. */
    public int count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ComponentHealth health() {
        try {
            return ComponentHealth.up("Lucene index at " + location + " holds " + count() + " documents");
        } catch (RuntimeException e) {
            return ComponentHealth.down("Lucene index at " + location + " cannot be read: " + e.getMessage());
        }
    }

    /** A hit whose matched name is the first that holds any of {@code words} (as typed, or as corrected). */
    private SearchHit toHit(Document doc, List<String> words, float score) {
        return toHit(doc, queries.matcher(words), score);
    }

    private SearchHit toHit(Document doc, Predicate<String> matches, float score) {
        String matchedForm = null;
        String matchedLanguage = null;
        for (String entry : doc.getValues(SearchFields.NAME_ENTRY)) {
            int cut = entry.indexOf(LuceneDocuments.NAME_SEPARATOR);
            String form = entry.substring(cut + 1);
            if (matches.test(form)) {
                matchedForm = form;
                matchedLanguage = entry.substring(0, cut);
                break;
            }
        }
        return new SearchHit(doc.get(SearchFields.IRI), doc.get(SearchFields.TYPE), doc.get(SearchFields.TITLE_VI),
                doc.get(SearchFields.TITLE_EN), doc.get(SearchFields.SCIENTIFIC_NAME), matchedForm, matchedLanguage,
                doc.get(SearchFields.IMAGE_KEY), score, doc.get(SearchFields.SUMMARY_VI), doc.get(SearchFields.SUMMARY_EN), null,
                java.util.Arrays.asList(doc.getValues(SearchFields.BADGE)));
    }

    /** A suggestion before it is read whole: ties in score go to the shorter title, then the alphabet. */
    private record Candidate(ScoreDoc scoreDoc, String title) {
        static final Comparator<Candidate> ORDER = Comparator.comparingDouble((Candidate c) -> -c.scoreDoc().score)
                .thenComparingInt(c -> c.title().length())
                .thenComparing(Candidate::title);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close search index at " + location, e);
        }
    }
}
