package vn.laocai.museum.ontology;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The museum's knowledge graph: named graphs (see {@link MuseumGraph}), read by SPARQL and written
 * in transactions. The default implementation is {@link Tdb2GraphStore}.
 *
 * <pre>{@code
 * try (GraphStore store = Tdb2GraphStore.open(Path.of("data/graph"))) {
 *     List<QuerySolution> rows = store.select(MuseumGraph.PUBLIC, query, Map.of("lang", literal));
 * }
 * }</pre>
 */
public interface GraphStore extends AutoCloseable {

    /** Runs a SELECT over one named graph (as the default graph), with variables pre-bound. */
    List<QuerySolution> select(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings);

    /** Runs a CONSTRUCT or DESCRIBE over one named graph; the result is a detached copy. */
    Model construct(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings);

    /**
     * Runs a query over a dataset that holds the public graph and nothing else (as its default
     * graph): what anonymous users may see, by construction. The query stops after {@code timeout};
     * {@code reader} consumes the execution inside one read transaction.
     */
    <T> T queryPublic(Query query, Duration timeout, Function<QueryExecution, T> reader);

    /** Applies the changes in one transaction: a failure leaves the store as it was. */
    void write(Consumer<GraphWriter> changes);

    /**
     * A number that moves after every committed write that touched the public graph, for caches of
     * public reads ({@link PublicReadCache}): read it before the data, and a cached read is as new as
     * its number. Empty when this process cannot see every write — a store shared by other processes —
     * so that nothing is cached.
     */
    default OptionalLong publicVersion() {
        return OptionalLong.empty();
    }

    /** Number of triples in one named graph. */
    long size(MuseumGraph graph);

    ComponentHealth health();

    @Override
    void close();
}
