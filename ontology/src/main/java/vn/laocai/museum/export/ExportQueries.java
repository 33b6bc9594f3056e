package vn.laocai.museum.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import vn.laocai.museum.ontology.GraphStore;

/**
 * Runs the export queries under {@code queries/} over the public graph alone. Every read goes
 * through {@link GraphStore#queryPublic}, whose dataset holds nothing but the public graph, so an
 * export cannot contain restricted data whatever its query says.
 */
final class ExportQueries {

    /** Exports read everything; the limit only stops a store that hangs. */
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    private final GraphStore store;

    ExportQueries(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The rows of {@code queries/<name>.rq}, copied out of the read transaction. */
    List<QuerySolution> select(String name) {
        return store.queryPublic(named(name), TIMEOUT, exec -> {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(row -> {
                // Stores decode values lazily; copy them while the read is open.
                QuerySolutionMap copy = new QuerySolutionMap();
                row.varNames().forEachRemaining(variable -> copy.add(variable, row.get(variable)));
                rows.add(copy);
            });
            return rows;
        });
    }

    GraphStore store() {
        return store;
    }

    /** The parsed query; a copy, because Jena queries are mutable. */
    static Query named(String name) {
        return CACHE.computeIfAbsent(name, ExportQueries::parse).cloneQuery();
    }

    private static Query parse(String name) {
        String path = "queries/" + name + ".rq";
        try (InputStream in = ExportQueries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing query file " + path);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
