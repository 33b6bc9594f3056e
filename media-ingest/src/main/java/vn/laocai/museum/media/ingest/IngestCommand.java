package vn.laocai.museum.media.ingest;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.laocai.museum.media.EmbeddedS3Server;
import vn.laocai.museum.media.MediaStore;
import vn.laocai.museum.media.S3MediaStore;
import vn.laocai.museum.media.S3Settings;
import vn.laocai.museum.media.check.MediaCheck;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.RemoteGraphStore;
import vn.laocai.museum.ontology.RemoteStoreSettings;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/**
 * {@code ingest}: loads photographs and 3D scans into the museum's graph (TDB2 under the data
 * directory, or the remote SPARQL store the museum is pointed at) and its media store (the embedded
 * S3 store, or a MinIO deployment). Exit code 0 when every file went in, 1 when any failed, 2 for a
 * wrong command line.
 *
 * <pre>{@code
 * museum ingest --target species/panax-notoginseng --creator "Hoàng Văn A" --licence CC-BY-4.0 photos/tam-that/
 * museum ingest media.csv
 * MUSEUM_GRAPH_SPARQL_URL=http://fuseki:3030/museum museum ingest media.csv
 * }</pre>
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check, store, describe and link media files (JPEG, PNG, TIFF, WebP, GLB, glTF).",
                "Inputs are files, folders, or manifests (.csv/.yaml with the columns file, target, title_vi, title_en,"
                        + " creator, licence, date, place). Re-running a batch stores nothing twice.",
                "With the TDB2 graph, stop the museum first: the graph on disk is opened by one process at a time."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, folders or manifests.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--data-dir", defaultValue = "${env:MUSEUM_DATA_DIR:-./data}", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--graph-sparql-url", defaultValue = "${env:MUSEUM_GRAPH_SPARQL_URL}",
            description = "A remote SPARQL 1.1 dataset holding the graph, as the museum's museum.graph.sparql-url (default: TDB2 under the data directory).")
    URI graphSparqlUrl;

    @Option(names = "--graph-username", defaultValue = "${env:MUSEUM_GRAPH_USERNAME}", description = "HTTP basic user of the remote store.")
    String graphUsername;

    @Option(names = "--graph-password", defaultValue = "${env:MUSEUM_GRAPH_PASSWORD}", arity = "0..1", interactive = true,
            description = "Its password (better given as MUSEUM_GRAPH_PASSWORD; alone, it is asked for).")
    String graphPassword;

    @Option(names = "--bucket", defaultValue = "${env:MUSEUM_MEDIA_BUCKET:-museum-media}", description = "S3 bucket (default: ${DEFAULT-VALUE}).")
    String bucket;

    @Option(names = "--target", description = "Species, remedy or story for files and folders, e.g. species/panax-notoginseng or a full IRI.")
    String target;

    @Option(names = "--title-vi", description = "Vietnamese title for files and folders.")
    String titleVi;

    @Option(names = "--title-en", description = "English title for files and folders.")
    String titleEn;

    @Option(names = "--creator", description = "Photographer or maker.")
    String creator;

    @Option(names = {"--licence", "--license"}, description = "Licence: an IRI or a name such as CC-BY-4.0.")
    String licence;

    @Option(names = "--date", description = "When it was made: 2024-05-01, or a year.")
    String date;

    @Option(names = "--place", description = "Where it was made: a place name or IRI.")
    String place;

    @Option(names = "--strip-metadata", description = "Strip metadata (GPS, camera, XMP) from every original, not only those of protected species.")
    boolean stripAll;

    @Option(names = "--max-file-mb", defaultValue = "512", description = "Refuse larger files (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = "--kiosk-max-mb", defaultValue = "15", description = "Warn about 3D models larger than this (default: ${DEFAULT-VALUE}).")
    double kioskMaxMb;

    @Option(names = "--kiosk-max-triangles", defaultValue = "500000", description = "Warn about 3D models with more triangles (default: ${DEFAULT-VALUE}).")
    long kioskMaxTriangles;

    @Option(names = "--threads", description = "Files processed at once (default: up to 4, one per core).")
    Integer threads;

    @Option(names = "--sweep", description = "After the batch (or alone), remove stored objects that nothing in the graph points to.")
    boolean sweep;

    @Option(names = "--sweep-grace", defaultValue = "PT10M", description = "Keep orphans younger than this ISO-8601 duration (default: ${DEFAULT-VALUE}).")
    Duration sweepGrace;

    private final PrintStream out;

    public IngestCommand() {
        this(System.out);
    }

    IngestCommand(PrintStream out) {
        this.out = out;
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String... args) {
        return new CommandLine(new IngestCommand()).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    @Override
    public Integer call() throws Exception {
        if (inputs.isEmpty() && !sweep) {
            throw new CommandLine.ParameterException(new CommandLine(this), "Give files, folders or manifests to ingest, or --sweep.");
        }
        IngestItem defaults = new IngestItem(Path.of("."), ".", target, titles(), creator, licence, date, place);
        List<IngestItem> items;
        try {
            items = IngestInputs.expand(inputs, defaults);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            out.println("Cannot read the inputs: " + e.getMessage());
            return 2;
        }
        IngestSettings settings = settings();
        try (GraphStore graph = openGraph(); Media media = openMedia()) {
            long triples;
            try {
                triples = graph.size(MuseumGraph.PUBLIC);
            } catch (RuntimeException e) {
                out.println("Cannot read the graph " + graphName() + ": " + e.getMessage());
                return 1;
            }
            if (triples == 0) {
                out.println("The graph " + graphName() + " is empty: start the museum once (./museum run)"
                        + " so it loads the corpus, then ingest media for its species, remedies and stories.");
                return 1;
            }
            int code = 0;
            if (!items.isEmpty()) {
                IngestReport report;
                boolean terminal = System.console() != null && System.console().isTerminal();
                try (ConsoleProgress progress = new ConsoleProgress(System.err, terminal)) {
                    report = new IngestPipeline(graph, media.store(), settings).run(items, progress);
                }
                out.println("Ingested " + report.summary());
                report.failures().forEach(failure -> out.println("  failed: " + failure.item().source() + " — " + failure.reason()));
                report.results().forEach(result -> result.warnings().forEach(
                        warning -> out.println("  warning: " + result.item().source() + " — " + warning.text())));
                code = report.succeeded() ? 0 : 1;
            }
            if (sweep) {
                OrphanSweep.Result swept = new OrphanSweep(graph, media.store(), Clock.systemUTC()).sweep(sweepGrace);
                out.println("Sweep: removed " + swept.removed().size() + " orphan objects; " + swept.referenced()
                        + " objects described; " + swept.missing().size() + " described objects missing from the store");
                swept.missing().forEach(key -> out.println("  missing: " + key));
                code = swept.missing().isEmpty() ? code : 1;
            }
            return code;
        }
    }

    private IngestSettings settings() {
        IngestSettings defaults = IngestSettings.DEFAULT;
        return new IngestSettings(new MediaCheck.Limits(maxFileMb * 1_000_000L, defaults.limits().maxPixels()),
                Math.round(kioskMaxMb * 1_000_000), kioskMaxTriangles, stripAll, defaults.longEdges(), defaults.jpegQuality(),
                threads == null ? defaults.threads() : threads);
    }

    private Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        if (titleVi != null) {
            titles.put("vi", titleVi);
        }
        if (titleEn != null) {
            titles.put("en", titleEn);
        }
        return titles;
    }

    /** The remote store when one is named, as the museum itself chooses; otherwise TDB2 under the data directory. */
    private GraphStore openGraph() {
        if (graphSparqlUrl != null) {
            RemoteStoreSettings settings = RemoteStoreSettings.defaults();
            if (graphUsername != null && !graphUsername.isBlank()) {
                if (graphPassword == null) {
                    throw new CommandLine.ParameterException(new CommandLine(this),
                            "A remote store user needs a password: set MUSEUM_GRAPH_PASSWORD or give --graph-password.");
                }
                settings = settings.withCredentials(graphUsername, graphPassword);
            }
            return RemoteGraphStore.connect(graphSparqlUrl, settings);
        }
        try {
            return Tdb2GraphStore.open(dataDir.resolve("graph"));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot open the graph under " + dataDir.resolve("graph")
                    + " (is the museum running? stop it first): " + e.getMessage(), e);
        }
    }

    private String graphName() {
        return graphSparqlUrl != null ? "at " + graphSparqlUrl : "under " + dataDir.resolve("graph");
    }

    /** The embedded S3 server on the data directory, unless MUSEUM_MEDIA_EMBEDDED=false names a MinIO deployment. */
    private Media openMedia() throws Exception {
        Map<String, String> env = System.getenv();
        if ("false".equalsIgnoreCase(env.get("MUSEUM_MEDIA_EMBEDDED"))) {
            S3Settings settings = new S3Settings(URI.create(required(env, "MUSEUM_MEDIA_ENDPOINT")), env.get("MUSEUM_MEDIA_REGION"),
                    bucket, required(env, "MUSEUM_MEDIA_ACCESS_KEY"), required(env, "MUSEUM_MEDIA_SECRET_KEY"));
            return new Media(null, S3MediaStore.connect(settings));
        }
        String secret = UUID.randomUUID().toString();
        EmbeddedS3Server server = EmbeddedS3Server.start(dataDir.resolve("media"), 0, "ingest", secret);
        return new Media(server, S3MediaStore.connect(server.settings(bucket)));
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set when MUSEUM_MEDIA_EMBEDDED=false");
        }
        return value;
    }

    private record Media(EmbeddedS3Server server, MediaStore store) implements AutoCloseable {
        @Override
        public void close() {
            store.close();
            if (server != null) {
                server.close();
            }
        }
    }
}
