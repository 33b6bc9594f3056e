package vn.laocai.museum.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
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

    private static final String NAME_SEPARATOR = "\u001f";
    /**
     * Version of the fields a rebuild writes, kept in the commit data: an index written before the
     * current fields (e.g. without stored summaries) says so through {@link #isCurrent()}.
     */
    private static final String SCHEMA_KEY = "museum.schema";
    private static final String SCHEMA = "2";
    /** Suggestions looked at before picking the best: ties in score go to the shortest title. */
    private static final int SUGGEST_CANDIDATES = 50;

    private final String location;
    private final Directory directory;
    private final Analyzer analyzer = new FoldingAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final NameQueryBuilder queries = new NameQueryBuilder(analyzer);

    private SearchIndex(String location, Directory directory) throws IOException {
        this.location = location;
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
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
            writer.updateDocument(new Term(SearchFields.IRI, document.iri()), toLucene(document));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index " + document.iri(), e);
        }
    }

    /** Replaces the whole index with these documents in one commit. */
    public void rebuild(List<SearchDocument> documents) {
        try {
            writer.deleteAll();
            for (SearchDocument document : documents) {
                writer.addDocument(toLucene(document));
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
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc scoreDoc : top.scoreDocs) {
                    hits.add(toHit(searcher.storedFields().document(scoreDoc.doc), text, scoreDoc.score, queries::nameMatches));
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
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, not " + offset + " and " + limit);
        }
        Query query = queries.build(text);
        if (query == null) {
            return SearchResults.EMPTY;
        }
        if (kind != null) {
            query = new BooleanQuery.Builder()
                    .add(query, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(SearchFields.TYPE, kind.name().toLowerCase(java.util.Locale.ROOT))),
                            BooleanClause.Occur.FILTER)
                    .build();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // Never more slots than documents, whatever page is asked for.
                int wanted = (int) Math.max(1, Math.min((long) offset + limit, searcher.getIndexReader().maxDoc()));
                TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
                List<SearchHit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = offset; i < docs.length && i < offset + limit; i++) {
                    hits.add(toHit(searcher.storedFields().document(docs[i].doc), text, docs[i].score, queries::nameMatches));
                }
                return new SearchResults(top.totalHits.value(), hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed for: " + text, e);
        }
    }

    /**
     * Up to {@code limit} resources for a search box that suggests while a visitor types ("tam th"):
     * a name exactly as typed first, then names that start with it, species before the documents
     * that name them, shorter titles first. The matched name says which name was being typed.
     */
    public List<SearchHit> suggest(String text, int limit) {
        if (limit < 1) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = queries.suggest(text, searcher.getIndexReader());
                if (query == null) {
                    return List.of();
                }
                TopDocs top = searcher.search(query, Math.max(limit, SUGGEST_CANDIDATES));
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc scoreDoc : top.scoreDocs) {
                    hits.add(toHit(searcher.storedFields().document(scoreDoc.doc), text, scoreDoc.score,
                            queries::nameStartsMatch));
                }
                return hits.stream()
                        .sorted(Comparator.comparingDouble((SearchHit hit) -> -hit.score())
                                .thenComparingInt(hit -> hit.titleVi().length())
                                .thenComparing(SearchHit::titleVi))
                        .limit(limit)
                        .toList();
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

    private Document toLucene(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.IRI, source.iri(), Field.Store.YES));
        doc.add(new StringField(SearchFields.TYPE, source.type(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.TITLE_VI, source.titleVi()));
        doc.add(new StoredField(SearchFields.TITLE_EN, source.titleEn()));
        doc.add(new StoredField(SearchFields.SCIENTIFIC_NAME, source.scientificName()));
        for (SearchDocument.Name name : source.names()) {
            doc.add(new TextField(SearchFields.NAMES, name.form(), Field.Store.NO));
            if (name.own()) {
                doc.add(new StringField(SearchFields.NAME_EXACT, queries.exactKey(name.form()), Field.Store.NO));
            }
            doc.add(new StoredField(SearchFields.NAME_ENTRY, name.language() + NAME_SEPARATOR + name.form()));
        }
        for (String text : source.texts()) {
            doc.add(new TextField(SearchFields.TEXT, text, Field.Store.NO));
        }
        if (source.imageKey() != null) {
            doc.add(new StoredField(SearchFields.IMAGE_KEY, source.imageKey()));
        }
        if (source.summaryVi() != null) {
            doc.add(new StoredField(SearchFields.SUMMARY_VI, source.summaryVi()));
        }
        if (source.summaryEn() != null) {
            doc.add(new StoredField(SearchFields.SUMMARY_EN, source.summaryEn()));
        }
        return doc;
    }

    private SearchHit toHit(Document doc, String text, float score, BiPredicate<String, String> matches) {
        String matchedForm = null;
        String matchedLanguage = null;
        for (String entry : doc.getValues(SearchFields.NAME_ENTRY)) {
            int cut = entry.indexOf(NAME_SEPARATOR);
            String form = entry.substring(cut + 1);
            if (matches.test(form, text)) {
                matchedForm = form;
                matchedLanguage = entry.substring(0, cut);
                break;
            }
        }
        return new SearchHit(doc.get(SearchFields.IRI), doc.get(SearchFields.TYPE), doc.get(SearchFields.TITLE_VI),
                doc.get(SearchFields.TITLE_EN), doc.get(SearchFields.SCIENTIFIC_NAME), matchedForm, matchedLanguage,
                doc.get(SearchFields.IMAGE_KEY), score, doc.get(SearchFields.SUMMARY_VI), doc.get(SearchFields.SUMMARY_EN));
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
