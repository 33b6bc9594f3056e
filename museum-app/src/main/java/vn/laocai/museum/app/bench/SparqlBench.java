package vn.laocai.museum.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Our {@code /sparql} against standalone Fuseki over the same TDB2 files: the corpus plus a seeded
 * synthetic graph, a fixed query mix over HTTP, resident memory, and how soon our time limit stops a
 * runaway query.
 *
 * <p>The servers run one after the other on the same directory, never together: TDB2 lets one
 * process hold a dataset, and a copy would start Fuseki with a cold page cache and different files.
 */
@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = "Our /sparql against Apache Jena Fuseki 6.2.0 over the same TDB2 dataset.")
final class SparqlBench implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(SparqlBench.class);
    /** Above any answer of the mix, so ours never cuts a result Fuseki returns whole. */
    private static final int NO_ROW_CAP = 50_000_000;

    @Option(names = "--jar", description = "The production jar to start (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("museum-app/target/museum-app.jar");

    @Option(names = "--fuseki-jar", description = "A jena-fuseki-server 6.2.0 jar; default: fetched with mvn next to --jar.")
    Path fusekiJar;

    @Option(names = "--triples", description = "Synthetic triples to add (default: ${DEFAULT-VALUE}).")
    long triples = 1_000_000;

    @Option(names = "--seed", description = "Seed of the synthetic graph (default: ${DEFAULT-VALUE}).")
    long seed = 20_260_601L;

    @Option(names = "--warmups", description = "Untimed runs per query and peer (default: ${DEFAULT-VALUE}).")
    int warmups = 5;

    @Option(names = "--warmup-seconds", description = "Untimed runs of each query go on at least this long, so that "
            + "short lookups reach the JIT's compiled code on both peers (default: ${DEFAULT-VALUE}).")
    double warmupSeconds = 3;

    @Option(names = "--runs", description = "Timed runs per query and peer (default: ${DEFAULT-VALUE}).")
    int runs = 30;

    @Option(names = "--quick", description = "20,000 synthetic triples, 1 warm-up and 3 runs: checks the bench works.")
    boolean quick;

    @Option(names = "--work-dir", description = "Where the dataset and logs go; default: a temporary directory.")
    Path workDir;

    @Option(names = "--keep", description = "Keep the work directory (dataset and server logs) afterwards.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            System.err.println("No jar at " + jar.toAbsolutePath() + "; build it first (./museum build).");
            return 2;
        }
        if (quick) {
            triples = 20_000;
            warmups = 1;
            warmupSeconds = 0;
            runs = 3;
        }
        Path fuseki = FusekiLauncher.resolveJar(fusekiJar, jar.toAbsolutePath().getParent().resolve("bench"));
        Path work = workDir == null ? Files.createTempDirectory("museum-sparql-bench-") : Files.createDirectories(workDir);
        try {
            System.out.print(run(work, fuseki).table());
            return 0;
        } finally {
            if (keep || workDir != null) {
                log.info("Dataset and server logs kept in {}", work);
            } else {
                delete(work);
            }
        }
    }

    private SparqlBenchReport run(Path work, Path fusekiJarPath) throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Path graph = data.resolve("graph");
        MuseumLauncher museum = new MuseumLauncher(jar);
        // A first start on the empty directory loads the corpus the way production does.
        try (RunningPeer loading = museum.start(data, "museum-corpus-load", Duration.ofSeconds(10), 10_000)) {
            log.info("Corpus loaded by {}", loading.peer().label());
        }
        long corpus = SyntheticLoad.publicTriples(graph);
        log.info("Writing {} synthetic triples (seed {}) into {}", triples, seed, graph);
        SyntheticLoad.Loaded loaded = SyntheticLoad.into(graph, new SyntheticHerbGraph(seed, triples));
        log.info("Loaded {} triples in {} ms", loaded.triples(), loaded.took().toMillis());

        QueryTimer timer = new QueryTimer(warmups, Duration.ofMillis(Math.round(warmupSeconds * 1000)), runs);
        List<QueryTiming> ours;
        long oursResident;
        try (RunningPeer peer = museum.start(data, "ours", Duration.ofMinutes(10), NO_ROW_CAP)) {
            ours = timer.time(peer.peer(), QueryMix.QUERIES);
            oursResident = peer.process().residentKb();
        }
        List<QueryTiming> theirs;
        List<QueryTiming> theirsFrom;
        long theirResident;
        try (RunningPeer peer = new FusekiLauncher(fusekiJarPath).start(graph, work)) {
            theirs = timer.time(peer.peer(), QueryMix.QUERIES);
            // FROM is the other way to name the graph; Fuseki pays for it, so it is shown, not compared.
            theirsFrom = timer.time(peer.peer().naming(QueryMix.GraphClause.FROM, "Fuseki FROM"), QueryMix.QUERIES);
            theirResident = peer.process().residentKb();
        }
        Duration limit = Duration.ofSeconds(1);
        double runaway;
        try (RunningPeer peer = museum.start(data, "ours-1s-limit", limit, 10_000)) {
            runaway = timer.secondsUntilStopped(peer.peer(), QueryMix.RUNAWAY);
        }
        return new SparqlBenchReport(corpus, loaded, warmups, runs, ours, theirs, theirsFrom, oursResident, theirResident, limit,
                runaway);
    }

    private static void delete(Path directory) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
