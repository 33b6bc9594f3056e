package vn.laocai.museum.ontology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
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
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The default graph store: a TDB2 dataset in a directory on disk. TDB2 transactions make every
 * {@link #write} all-or-nothing, even if the process dies in the middle.
 */
public final class Tdb2GraphStore implements GraphStore {

    private final Path directory;
    private final Dataset dataset;

    private Tdb2GraphStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens (or creates) the TDB2 dataset in {@code directory}. */
    public static Tdb2GraphStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create graph directory " + directory + ": " + e.getMessage(), e);
        }
        return new Tdb2GraphStore(directory, TDB2Factory.connectDataset(directory.toString()));
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
        return Txn.calculateRead(dataset, () -> {
            // A fresh dataset with the public graph as its only graph: GRAPH ?g finds nothing else.
            Dataset publicOnly = DatasetFactory.wrap(dataset.getNamedModel(MuseumGraph.PUBLIC.iri()));
            try (QueryExecution exec = QueryExecution.dataset(publicOnly).query(query)
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

    @Override
    public void write(Consumer<GraphWriter> changes) {
        Objects.requireNonNull(changes, "changes");
        Txn.executeWrite(dataset, () -> changes.accept(new Writer()));
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
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    private final class Writer implements GraphWriter {
        @Override
        public void add(MuseumGraph graph, Model triples) {
            dataset.getNamedModel(graph.iri()).add(triples);
        }

        @Override
        public void removeResource(MuseumGraph graph, Resource subject) {
            Model model = dataset.getNamedModel(graph.iri());
            String fragmentPrefix = subject.getURI() + "#";
            List<Statement> doomed = new ArrayList<>();
            model.listStatements().forEachRemaining(statement -> {
                Resource s = statement.getSubject();
                if (s.equals(subject) || (s.isURIResource() && s.getURI().startsWith(fragmentPrefix))) {
                    doomed.add(statement);
                }
            });
            model.remove(doomed);
        }

        @Override
        public void clear(MuseumGraph graph) {
            dataset.getNamedModel(graph.iri()).removeAll();
        }
    }
}
