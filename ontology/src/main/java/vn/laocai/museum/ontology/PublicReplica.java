package vn.laocai.museum.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A second TDB2 dataset whose default graph is a copy of the public graph and which holds nothing
 * else. The public SPARQL endpoint is given this dataset: what anonymous users may see is all that
 * is in it, and TDB2 answers queries over it with its own engine, on node ids, as fast as over any
 * dataset it owns.
 *
 * <p>{@link Tdb2GraphStore} keeps it in step: every write that touches the public graph is applied
 * here too and committed just after the main dataset, and both sides count these writes. The count
 * of the replica lives in a small file written after its commit; if the process dies between the
 * two commits, the counts differ at the next start and the replica is rebuilt from the public graph.
 */
final class PublicReplica implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PublicReplica.class);
    private static final String GENERATION_FILE = "generation";

    private final Path directory;
    private final Dataset dataset;

    private PublicReplica(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    static PublicReplica open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the public replica directory " + directory, e);
        }
        return new PublicReplica(directory, TDB2Factory.connectDataset(directory.resolve("tdb2").toString()));
    }

    /** The dataset the public endpoint queries: the public graph as default graph, nothing else. */
    Dataset dataset() {
        return dataset;
    }

    /** The graph writes go to; use only inside a write transaction of {@link #dataset()}. */
    Graph graph() {
        return dataset.asDatasetGraph().getDefaultGraph();
    }

    /** The count of public-graph writes this copy holds, or -1 if it was never completed. */
    long generation() {
        Path file = directory.resolve(GENERATION_FILE);
        try {
            return Files.isRegularFile(file) ? Long.parseLong(Files.readString(file).strip()) : -1;
        } catch (IOException | NumberFormatException e) {
            log.warn("Unreadable {}: {}; the public replica will be rebuilt", file, e.getMessage());
            return -1;
        }
    }

    /** Records, after a commit, which write the copy now reflects (written atomically). */
    void markGeneration(long generation) {
        Path file = directory.resolve(GENERATION_FILE);
        Path partial = directory.resolve(GENERATION_FILE + ".partial");
        try {
            Files.writeString(partial, Long.toString(generation));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the public replica's generation in " + file, e);
        }
    }

    long size() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getDefaultGraph().size());
    }

    /**
     * Replaces the copy by {@code source} (read inside the caller's read transaction) with TDB2's
     * bulk loader. The generation is cleared first, so a rebuild cut short is redone at the next open.
     */
    void rebuild(Graph source, long generation) {
        long started = System.nanoTime();
        markGeneration(-1);
        Txn.executeWrite(dataset, () -> graph().clear());
        DatasetGraph target = dataset.asDatasetGraph();
        DataLoader loader = LoaderFactory.phasedLoader(target, null, PublicReplica::quiet);
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            source.find().forEachRemaining(stream::triple);
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        markGeneration(generation);
        log.info("Public replica rebuilt: {} triples in {} ms", loader.countTriples(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The bulk loader's progress lines: too many for the log. */
    private static void quiet(String format, Object... args) {}

    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
