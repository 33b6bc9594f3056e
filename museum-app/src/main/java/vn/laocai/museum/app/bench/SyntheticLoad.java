package vn.laocai.museum.app.bench;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/**
 * Writes the synthetic graph into the public graph of a TDB2 dataset with TDB2's phased bulk
 * loader, the fastest of its loaders on 2 cores, then opens the store so that its public replica
 * is rebuilt the same way. The museum must be stopped: TDB2 allows one
 * process per dataset.
 */
final class SyntheticLoad {

    private static final Logger log = LoggerFactory.getLogger(SyntheticLoad.class);

    record Loaded(long triples, Duration took) {}

    private SyntheticLoad() {}

    /** The loader's progress lines use String.format patterns. */
    private static void progress(String format, Object... args) {
        if (log.isDebugEnabled()) {
            log.debug(String.format(format, args));
        }
    }

    /** Triples in the public graph, read while no server holds the directory. */
    static long publicTriples(Path graphDirectory) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(graphDirectory.toString());
        try {
            return org.apache.jena.system.Txn.calculateRead(dataset,
                    () -> dataset.getGraph(NodeFactory.createURI(MuseumGraph.PUBLIC.iri())).size());
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    static Loaded into(Path graphDirectory, SyntheticHerbGraph graph) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(graphDirectory.toString());
        long started = System.nanoTime();
        long triples;
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dataset,
                    NodeFactory.createURI(MuseumGraph.PUBLIC.iri()), SyntheticLoad::progress);
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                stream.start();
                triples = graph.writeTo(stream);
                stream.finish();
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        } finally {
            // Releases the files and the lock before the store (and later a server) opens the same directory.
            TDBInternal.expel(dataset);
        }
        // Opening the store brings its public replica in step: part of our load, so it is timed too.
        try (Tdb2GraphStore store = Tdb2GraphStore.open(graphDirectory)) {
            log.debug("Public replica in step: {}", store.health().detail());
        }
        return new Loaded(triples, Duration.ofNanos(System.nanoTime() - started));
    }
}
