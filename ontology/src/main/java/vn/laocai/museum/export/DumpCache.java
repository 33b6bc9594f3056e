package vn.laocai.museum.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.ontology.GraphStore;

/**
 * Keeps the public dumps on disk and up to date: the first request writes them, later requests get
 * the same files until the graph's {@link ChangeMarker} moves. A manifest beside the files keeps
 * the marker, so the dumps outlive restarts.
 *
 * <pre>{@code
 * DumpCache dumps = new DumpCache(store, dataDir.resolve("dumps"), Clock.systemUTC());
 * Path turtle = dumps.current().turtle().path();
 * }</pre>
 */
public final class DumpCache {

    public static final String TURTLE = "museum-public.ttl.gz";
    public static final String NQUADS = "museum-public.nq.gz";
    private static final String MANIFEST = "dumps.properties";
    private static final Logger log = LoggerFactory.getLogger(DumpCache.class);

    private final Path directory;
    private final Clock clock;
    private final ChangeMarker marker;
    private final PublicDumpWriter writer;

    public DumpCache(GraphStore store, Path directory, Clock clock) {
        Objects.requireNonNull(store, "store");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.marker = new ChangeMarker(store);
        this.writer = new PublicDumpWriter(store);
    }

    /** The dumps of the graph as it is now, written first if the graph changed since the last ones. */
    public synchronized PublicDumps current() {
        String now = marker.current();
        PublicDumps cached = readManifest();
        if (cached != null && cached.marker().equals(now)
                && Files.isRegularFile(cached.turtle().path()) && Files.isRegularFile(cached.nquads().path())) {
            return cached;
        }
        return regenerate(now);
    }

    private PublicDumps regenerate(String marker) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(directory);
            Path ttlTmp = directory.resolve(TURTLE + ".tmp");
            Path nqTmp = directory.resolve(NQUADS + ".tmp");
            long triples = writer.write(ttlTmp, nqTmp);
            // Moved into place only when complete, so a download never sees a half-written dump.
            Files.move(ttlTmp, directory.resolve(TURTLE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(nqTmp, directory.resolve(NQUADS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PublicDumps dumps = new PublicDumps(marker, clock.instant().truncatedTo(ChronoUnit.SECONDS), triples,
                    describe(TURTLE, "text/turtle"), describe(NQUADS, "application/n-quads"));
            writeManifest(dumps);
            log.info("Public dumps written: {} triples in {} ms ({})", triples,
                    (System.nanoTime() - started) / 1_000_000, marker);
            return dumps;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the public dumps under " + directory + ": " + e.getMessage(), e);
        }
    }

    private DumpFile describe(String name, String mediaType) throws IOException {
        Path path = directory.resolve(name);
        return new DumpFile(name, path, mediaType, Files.size(path), sha256(path));
    }

    private void writeManifest(PublicDumps dumps) throws IOException {
        Properties manifest = new Properties();
        manifest.setProperty("marker", dumps.marker());
        manifest.setProperty("generated", dumps.generated().toString());
        manifest.setProperty("triples", Long.toString(dumps.triples()));
        for (DumpFile file : dumps.files()) {
            manifest.setProperty(file.name() + ".sha256", file.sha256());
        }
        Path tmp = directory.resolve(MANIFEST + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            manifest.store(out, "Public dumps; regenerated when the marker no longer matches the graph");
        }
        Files.move(tmp, directory.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The dumps the manifest describes, or null if there are none or they look damaged. */
    private PublicDumps readManifest() {
        Path file = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            Properties manifest = new Properties();
            manifest.load(in);
            return new PublicDumps(manifest.getProperty("marker"), Instant.parse(manifest.getProperty("generated")),
                    Long.parseLong(manifest.getProperty("triples")),
                    fromManifest(manifest, TURTLE, "text/turtle"), fromManifest(manifest, NQUADS, "application/n-quads"));
        } catch (IOException | RuntimeException e) {
            log.warn("Dump manifest {} unreadable, dumps will be rewritten: {}", file, e.getMessage());
            return null;
        }
    }

    private DumpFile fromManifest(Properties manifest, String name, String mediaType) throws IOException {
        Path path = directory.resolve(name);
        return new DumpFile(name, path, mediaType, Files.size(path), manifest.getProperty(name + ".sha256"));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
