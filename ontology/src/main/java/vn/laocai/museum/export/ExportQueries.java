package vn.laocai.museum.export;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.Queries;
import vn.laocai.museum.ontology.QueryRows;

/**
 * Runs the export queries under {@code queries/} over the public graph alone. Every read goes
 * through {@link GraphStore#queryPublic}, whose dataset holds nothing but the public graph, so an
 * export cannot contain restricted data whatever its query says.
 */
final class ExportQueries {

    /** Exports read everything; the limit only stops a store that hangs. */
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final GraphStore store;

    ExportQueries(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The rows of {@code queries/<name>.rq}, copied out of the read transaction. */
    List<QuerySolution> select(String name) {
        // Stores decode values lazily; the rows are copied while the read is open.
        return store.queryPublic(named(name), TIMEOUT, exec -> QueryRows.copy(exec.execSelect()));
    }

    GraphStore store() {
        return store;
    }

    /** The parsed query in this package's {@code queries/<name>.rq}; a copy, because Jena queries are mutable. */
    static Query named(String name) {
        return Queries.load(ExportQueries.class, name);
    }
}
