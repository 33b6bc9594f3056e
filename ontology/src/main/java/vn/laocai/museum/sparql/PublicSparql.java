package vn.laocai.museum.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementGroup;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;

/**
 * Answers read-only SPARQL over the public graph alone, with a time limit that stops the query and
 * caps on rows and triples. Results are complete in memory before anyone writes them out.
 *
 * <pre>{@code
 * PublicSparql sparql = new PublicSparql(store, Duration.ofSeconds(10), 10_000);
 * SparqlResult result = sparql.run("SELECT * WHERE { ?s ?p ?o } LIMIT 5");
 * }</pre>
 */
public final class PublicSparql {

    private static final Pattern UPDATE_KEYWORD = Pattern.compile(
            "(?is)^\\s*(?:(?:PREFIX|BASE)\\s+[^\\n]*\\s+)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\\b");

    /** Parsed queries kept, by text: lookups a page or client repeats skip the parser. */
    private static final int PARSED_QUERIES = 256;

    private final GraphStore store;
    private final Duration timeout;
    private final int maxRows;
    /**
     * Queries parsed before, by their exact text. A parsed {@link Query} is only read by the
     * executions that share it; its result variables are fixed before it is kept.
     */
    private final Cache<String, Query> parsed = Caffeine.newBuilder().maximumSize(PARSED_QUERIES).build();

    public PublicSparql(GraphStore store, Duration timeout, int maxRows) {
        this.store = Objects.requireNonNull(store, "store");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        this.maxRows = maxRows;
    }

    public Duration timeout() {
        return timeout;
    }

    public int maxRows() {
        return maxRows;
    }

    /**
     * Parses the query, or finds it among the queries parsed before; throws {@link SparqlException}
     * SYNTAX or FORBIDDEN. The query is shared: callers must not change it.
     */
    public Query parse(String text) {
        if (text == null) {
            throw new SparqlException(SparqlException.Kind.SYNTAX, "No query given");
        }
        Query known = parsed.getIfPresent(text);
        if (known != null) {
            return known;
        }
        Query query = parseAnew(text);
        // Done now, so executions sharing the query never do it at once: the result variables,
        // and the empty pattern Jena gives a DESCRIBE without WHERE at its first execution.
        query.ensureResultVars();
        if (query.isDescribeType() && query.getQueryPattern() == null) {
            query.setQueryPattern(new ElementGroup());
        }
        parsed.put(text, query);
        return query;
    }

    private static Query parseAnew(String text) {
        if (text.isBlank()) {
            throw new SparqlException(SparqlException.Kind.SYNTAX, "No query given");
        }
        var update = UPDATE_KEYWORD.matcher(text);
        if (update.find()) {
            throw new SparqlException(SparqlException.Kind.FORBIDDEN,
                    "This endpoint answers queries only; SPARQL Update (" + update.group(1).toUpperCase(Locale.ROOT)
                            + ") is not accepted");
        }
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new SparqlException(SparqlException.Kind.SYNTAX, e.getMessage());
        }
    }

    /** Parses and runs the query. */
    public SparqlResult run(String text) {
        return run(parse(text));
    }

    /**
     * Parses and runs the query with the SPARQL Protocol's {@code default-graph-uri} values, which
     * replace the query's own FROM clauses. A default graph the caller may not see is empty to
     * them; the public graph is the only graph they may see.
     */
    public SparqlResult run(String text, List<String> defaultGraphUris) {
        return run(text, defaultGraphUris, new QueryCancellation());
    }

    /**
     * As {@link #run(String, List)}, and stops the query when {@code cancellation} is cancelled,
     * throwing {@link SparqlException} CANCELLED.
     */
    public SparqlResult run(String text, List<String> defaultGraphUris, QueryCancellation cancellation) {
        Query query = parse(text);
        List<String> asked = defaultGraphUris == null || defaultGraphUris.isEmpty() ? query.getGraphURIs() : defaultGraphUris;
        if (!asked.isEmpty() && !asked.contains(MuseumGraph.PUBLIC.iri())) {
            return runOverNothing(query);
        }
        return run(query, cancellation);
    }

    /** Runs a parsed query over the public graph. */
    public SparqlResult run(Query query) {
        return run(query, new QueryCancellation());
    }

    private SparqlResult run(Query query, QueryCancellation cancellation) {
        long started = System.nanoTime();
        try {
            return store.queryPublic(query, timeout, exec -> {
                cancellation.attach(exec);
                try {
                    return answer(query, exec, started);
                } finally {
                    cancellation.detach();
                }
            });
        } catch (QueryCancelledException e) {
            if (cancellation.cancelled()) {
                throw new SparqlException(SparqlException.Kind.CANCELLED, "The query was cancelled by its caller");
            }
            throw new SparqlException(SparqlException.Kind.TIMEOUT,
                    "The query was stopped after the time limit of " + timeout.toSeconds() + " s");
        }
    }

    private SparqlResult runOverNothing(Query query) {
        long started = System.nanoTime();
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.create()).query(query).build()) {
            return answer(query, exec, started);
        }
    }

    private SparqlResult answer(Query query, QueryExecution exec, long started) {
        return switch (query.queryType()) {
            case SELECT -> rows(query, exec, started);
            case ASK -> new SparqlResult.Answer(query, exec.execAsk(), since(started));
            case CONSTRUCT -> graph(query, exec.execConstructTriples(), started);
            case DESCRIBE -> graph(query, exec.execDescribeTriples(), started);
            default -> throw new SparqlException(SparqlException.Kind.FORBIDDEN, "Unsupported query form " + query.queryType());
        };
    }

    private SparqlResult rows(Query query, QueryExecution exec, long started) {
        RowSet rowSet = RowSet.adapt(exec.execSelect());
        List<Binding> rows = new ArrayList<>();
        boolean truncated = false;
        while (rowSet.hasNext()) {
            if (rows.size() == maxRows) {
                truncated = true;
                break;
            }
            rows.add(copy(rowSet.next()));
        }
        return new SparqlResult.Rows(query, rowSet.getResultVars(), rows, truncated, since(started));
    }

    private SparqlResult graph(Query query, java.util.Iterator<org.apache.jena.graph.Triple> triples, long started) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(query.getPrefixMapping());
        boolean truncated = false;
        while (triples.hasNext()) {
            if (model.size() >= maxRows) {
                truncated = true;
                break;
            }
            model.getGraph().add(triples.next());
        }
        return new SparqlResult.Graph(query, model, truncated, since(started));
    }

    /** Stores values may decode lazily; copy every value while the read is open. */
    private static Binding copy(Binding binding) {
        BindingBuilder builder = Binding.builder();
        binding.vars().forEachRemaining(variable -> builder.add(variable, binding.get(variable)));
        return builder.build();
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
