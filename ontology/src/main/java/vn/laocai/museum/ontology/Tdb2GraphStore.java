package vn.laocai.museum.ontology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default graph store: a TDB2 dataset in a directory on disk. TDB2 transactions make every
 * {@link #write} all-or-nothing, even if the process dies in the middle.
 *
 * <p>Public queries ({@link #queryPublic}) run over a {@link PublicReplica} in
 * {@code <directory>/public-replica}: a dataset holding the public graph alone, kept in step with
 * every write and rebuilt at open if a crash left it behind.
 */
public final class Tdb2GraphStore implements GraphStore {

    private static final Logger log = LoggerFactory.getLogger(Tdb2GraphStore.class);
    /** Directory of the public replica inside the store's directory (TDB2 ignores it). */
    public static final String REPLICA_DIRECTORY = "public-replica";
    /** Where the main dataset counts writes to the public graph: in its own, otherwise unused, default graph. */
    private static final Node STORE = NodeFactory.createURI("urn:x-museum:graph-store");
    private static final Node PUBLIC_GENERATION = NodeFactory.createURI("urn:x-museum:public-generation");

    private final Path directory;
    private final Dataset dataset;
    private final PublicReplica replica;
    /** The public generation as last committed, readable without a transaction; only this process writes the files. */
    private final AtomicLong publicVersion = new AtomicLong();

    private Tdb2GraphStore(Path directory, Dataset dataset, PublicReplica replica) {
        this.directory = directory;
        this.dataset = dataset;
        this.replica = replica;
    }

    /** Opens (or creates) the TDB2 dataset in {@code directory}, and brings its public replica in step. */
    public static Tdb2GraphStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create graph directory " + directory + ": " + e.getMessage(), e);
        }
        Dataset dataset = TDB2Factory.connectDataset(directory.toString());
        Tdb2GraphStore store = new Tdb2GraphStore(directory, dataset, PublicReplica.open(directory.resolve(REPLICA_DIRECTORY)));
        store.bringReplicaInStep();
        store.publicVersion.set(Txn.calculateRead(dataset, store::publicGeneration));
        return store;
    }

    /** Rebuilds the replica if its write count or size differs from the public graph's. */
    private void bringReplicaInStep() {
        Txn.executeRead(dataset, () -> {
            long generation = publicGeneration();
            Graph publicGraph = dataset.asDatasetGraph().getGraph(NodeFactory.createURI(MuseumGraph.PUBLIC.iri()));
            long expected = publicGraph.size();
            long held = replica.size();
            if (expected == 0 && held == 0) {
                replica.markGeneration(generation);
            } else if (replica.generation() != generation || held != expected) {
                log.info("Public replica at write {} with {} triples, public graph at write {} with {}: rebuilding",
                        replica.generation(), held, generation, expected);
                replica.rebuild(publicGraph, generation);
            }
        });
    }

    /** The count of writes that touched the public graph; read inside a transaction. */
    private long publicGeneration() {
        var found = dataset.asDatasetGraph().getDefaultGraph().find(STORE, PUBLIC_GENERATION, Node.ANY);
        try {
            return found.hasNext() ? ((Number) found.next().getObject().getLiteralValue()).longValue() : 0;
        } finally {
            found.close();
        }
    }

    @Override
    public List<QuerySolution> select(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = execution(graph, query, bindings)) {
                ResultSet results = exec.execSelect();
                // TDB2 rows decode their values lazily; copy them while the transaction is open.
                return QueryRows.copy(results);
            }
        });
    }

    @Override
    public Model construct(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = execution(graph, query, bindings)) {
                Model copy = ModelFactory.createDefaultModel();
                copy.add(query.isDescribeType() ? exec.execDescribe() : exec.execConstruct());
                return copy;
            }
        });
    }

    @Override
    public <T> T queryPublic(Query query, Duration timeout, Function<QueryExecution, T> reader) {
        Objects.requireNonNull(query, "query");
        Dataset publicOnly = replica.dataset();
        return Txn.calculateRead(publicOnly, () -> {
            // The replica holds the public graph as its default graph and nothing else. Alternative
            // paths (p|q) run as a union of triple patterns, which TDB2 matches on node ids, instead
            // of a path walk that decodes every node it meets.
            try (QueryExecution exec = QueryExecution.dataset(publicOnly).query(query)
                    .set(ARQ.optPathFlattenAlgebra, true)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return reader.apply(exec);
            }
        });
    }

    private QueryExecution execution(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings) {
        Dataset view = DatasetFactory.wrap(dataset.getNamedModel(graph.iri()));
        QueryExecutionDatasetBuilder builder = QueryExecution.dataset(view).query(query);
        bindings.forEach(builder::substitution);
        return builder.build();
    }

    /**
     * Both datasets are written in one pass; the main one commits first. If the replica then fails
     * to commit, or the process dies before it does, the replica is rebuilt (now, or at the next open).
     */
    @Override
    public void write(Consumer<GraphWriter> changes) {
        Objects.requireNonNull(changes, "changes");
        Dataset copy = replica.dataset();
        dataset.begin(TxnType.WRITE);
        copy.begin(TxnType.WRITE);
        long generation;
        Writer writer = new Writer();
        try {
            changes.accept(writer);
            generation = publicGeneration() + (writer.touchedPublic ? 1 : 0);
            if (writer.touchedPublic) {
                Graph bookkeeping = dataset.asDatasetGraph().getDefaultGraph();
                bookkeeping.remove(STORE, PUBLIC_GENERATION, Node.ANY);
                bookkeeping.add(STORE, PUBLIC_GENERATION, NodeFactory.createLiteralByValue(generation));
            }
            dataset.commit();
            // After the commit: a reader that sees the new number then reads the new data.
            publicVersion.set(generation);
        } catch (RuntimeException | Error e) {
            abortQuietly(copy);
            abortQuietly(dataset);
            throw e;
        } finally {
            dataset.end();
        }
        if (!writer.touchedPublic) {
            copy.abort();
            copy.end();
            return;
        }
        try {
            copy.commit();
            copy.end();
            replica.markGeneration(generation);
        } catch (RuntimeException e) {
            log.error("The public replica did not take write {}: rebuilding it from the public graph", generation, e);
            abortQuietly(copy);
            copy.end();
            bringReplicaInStep();
        }
    }

    private static void abortQuietly(Dataset dataset) {
        if (dataset.isInTransaction()) {
            try {
                dataset.abort();
            } catch (RuntimeException ignored) {
                // Already ended by the failure that brought us here.
            }
        }
    }

    @Override
    public OptionalLong publicVersion() {
        return OptionalLong.of(publicVersion.get());
    }

    @Override
    public long size(MuseumGraph graph) {
        return Txn.calculateRead(dataset, () -> dataset.getNamedModel(graph.iri()).size());
    }

    @Override
    public ComponentHealth health() {
        try {
            long triples = size(MuseumGraph.PUBLIC);
            return ComponentHealth.up("TDB2 at " + directory + ", public graph holds " + triples + " triples");
        } catch (RuntimeException e) {
            return ComponentHealth.down("TDB2 at " + directory + " cannot be read: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        // Expel releases the files and the lock, so a test can delete the directory or reopen it.
        replica.close();
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    /** Applies each change to the named graph and, for the public graph, to the replica too. */
    private final class Writer implements GraphWriter {
        boolean touchedPublic;

        @Override
        public void add(MuseumGraph graph, Model triples) {
            dataset.getNamedModel(graph.iri()).add(triples);
            if (graph == MuseumGraph.PUBLIC) {
                touchedPublic = true;
                Graph copy = replica.graph();
                triples.getGraph().find().forEachRemaining(copy::add);
            }
        }

        @Override
        public void remove(MuseumGraph graph, Model triples) {
            List<Triple> doomed = triples.getGraph().find().toList();
            doomed.forEach(namedGraph(graph)::delete);
            if (graph == MuseumGraph.PUBLIC) {
                touchedPublic = true;
                Graph copy = replica.graph();
                doomed.forEach(copy::delete);
            }
        }

        @Override
        public void removeResource(MuseumGraph graph, Resource subject) {
            List<Triple> doomed = resourceTriples(namedGraph(graph), subject);
            doomed.forEach(namedGraph(graph)::delete);
            if (graph == MuseumGraph.PUBLIC) {
                touchedPublic = true;
                Graph copy = replica.graph();
                doomed.forEach(copy::delete);
            }
        }

        @Override
        public void clear(MuseumGraph graph) {
            dataset.getNamedModel(graph.iri()).removeAll();
            if (graph == MuseumGraph.PUBLIC) {
                touchedPublic = true;
                replica.graph().clear();
            }
        }

        private Graph namedGraph(MuseumGraph graph) {
            return dataset.asDatasetGraph().getGraph(NodeFactory.createURI(graph.iri()));
        }
    }

    /** The triples of {@code subject} and of the IRIs under {@code subject + "#"}. */
    private static List<Triple> resourceTriples(Graph graph, Resource subject) {
        // Fragments are found through the links that lead to them (x → x#name-1 → x#name-1-source),
        // with index lookups by subject: a scan of every triple took a second per resource on a
        // graph of a million triples. A fragment nothing links to would be an orphan already.
        String fragmentPrefix = subject.getURI() + "#";
        List<Triple> doomed = new ArrayList<>();
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>(List.of(subject.asNode()));
        java.util.Set<Node> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Node resource = todo.pop();
            if (!seen.add(resource)) {
                continue;
            }
            graph.find(resource, Node.ANY, Node.ANY).forEachRemaining(triple -> {
                doomed.add(triple);
                Node object = triple.getObject();
                if (object.isURI() && object.getURI().startsWith(fragmentPrefix)) {
                    todo.push(object);
                }
            });
        }
        return doomed;
    }
}
