package vn.laocai.museum.media.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.media.MediaStore;
import vn.laocai.museum.media.MediaTypes;
import vn.laocai.museum.media.ObjectKeys;
import vn.laocai.museum.media.StoredObject;
import vn.laocai.museum.media.check.CheckedMedia;
import vn.laocai.museum.media.check.MediaCheck;
import vn.laocai.museum.media.check.MediaRejected;
import vn.laocai.museum.media.check.MediaWarning;
import vn.laocai.museum.media.check.RejectionCode;
import vn.laocai.museum.media.check.WarningCode;
import vn.laocai.museum.media.image.MetadataStripper;
import vn.laocai.museum.media.image.Renditions;
import vn.laocai.museum.media.model.ModelPoster;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * Ingests media files: each is checked by its content, stored by its checksum, described in the
 * public graph and linked to the species, remedy or story it shows. A bad file fails alone; the
 * rest of the batch goes on.
 *
 * <p>Order makes it safe to stop at any moment: objects are stored first, then the description is
 * written in one graph transaction. A run stopped between the two leaves only objects that no
 * description points to; running the batch again stores nothing new (same bytes, same keys) and
 * writes the description, and {@link OrphanSweep} removes what a batch that is never re-run leaves.
 * A file whose checksum is already described is not processed again.
 *
 * <pre>{@code
 * IngestReport report = new IngestPipeline(graph, media, IngestSettings.DEFAULT).run(items, IngestListener.NONE);
 * }</pre>
 */
public final class IngestPipeline {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);

    private final GraphStore graph;
    private final MediaStore media;
    private final IngestSettings settings;
    private final MediaCheck check;
    private final Renditions renditions;
    private final MediaRecords records;
    /** Keys being stored by running items: a failing item must not remove what another is about to describe. */
    /** Pixels on each side of a 3D model's poster: sharp on a kiosk, a few tens of kilobytes. */
    private static final int POSTER_SIZE = 800;

    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    public IngestPipeline(GraphStore graph, MediaStore media, IngestSettings settings) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.media = Objects.requireNonNull(media, "media");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.check = new MediaCheck(settings.limits());
        this.renditions = new Renditions(settings.longEdges(), settings.jpegQuality());
        this.records = new MediaRecords(graph);
    }

    /** Ingests the batch with {@link IngestSettings#threads()} files at a time; results in the given order. */
    public IngestReport run(List<IngestItem> items, IngestListener listener) {
        long started = System.nanoTime();
        listener.started(items.size(), items.stream().mapToLong(IngestPipeline::sizeOf).sum());
        List<ItemResult> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(settings.threads())) {
            List<Future<ItemResult>> futures = new ArrayList<>();
            for (IngestItem item : items) {
                futures.add(pool.submit(() -> {
                    ItemResult result = ingest(item);
                    listener.finished(result);
                    return result;
                }));
            }
            for (Future<ItemResult> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Ingest failed unexpectedly", e.getCause());
        }
        return new IngestReport(results, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Ingests one file; never throws for a bad file, a missing target or a failing store. */
    public ItemResult ingest(IngestItem item) {
        long size = sizeOf(item);
        try {
            String target = item.targetIri().orElseThrow(RejectionCode.NO_TARGET::reject);
            boolean protectedTarget = records.targetIsProtected(target);
            Path file = item.file();
            if (!Files.isRegularFile(file)) {
                throw RejectionCode.NO_SUCH_FILE.reject(file);
            }
            check.checkSize(Files.size(file));
            byte[] bytes = Files.readAllBytes(file);
            boolean strip = protectedTarget || settings.stripAllOriginals();
            if (!strip) {
                // A file stored as it is, whose checksum is described already, was checked when it
                // was first ingested: a re-run skips it without decoding it again.
                String type = MediaCheck.sniff(bytes);
                Optional<ItemResult> known = alreadyDescribed(item, target, MuseumVocab.mediaIri(sha256(bytes)),
                        type.startsWith("image/"), bytes.length);
                if (known.isPresent()) {
                    return known.get();
                }
            }
            CheckedMedia checked = check.check(bytes, GltfSiblings.of(file));
            ItemResult result = switch (checked) {
                case CheckedMedia.Image image -> image(item, target, image, strip);
                case CheckedMedia.Model model -> model(item, target, model);
            };
            log.debug("{} {}: {}", result.status(), item.source(), result.mediaIri());
            return result;
        } catch (MediaRejected e) {
            return ItemResult.failed(item, size, e.rejection());
        } catch (IOException e) {
            return ItemResult.failed(item, size, RejectionCode.CANNOT_READ.with(e.getMessage()));
        } catch (RuntimeException e) {
            log.warn("{} failed", item.source(), e);
            return ItemResult.failed(item, size, RejectionCode.FAILED.with(e.getClass().getSimpleName(), e.getMessage()));
        }
    }

    private ItemResult image(IngestItem item, String target, CheckedMedia.Image image, boolean strip) {
        byte[] original = strip ? stripped(image) : image.bytes();
        String mediaIri = MuseumVocab.mediaIri(sha256(original));
        Optional<ItemResult> known = alreadyDescribed(item, target, mediaIri, true, image.bytes().length);
        if (known.isPresent()) {
            return known.get();
        }
        List<Renditions.Rendition> sizes = renditions.render(image);
        return store(item, mediaIri, image.bytes().length, List.of(), stored -> {
            StoredObject originalObject = stored.put(original, image.contentType());
            List<MediaDescription.StoredRendition> derived = new ArrayList<>();
            for (Renditions.Rendition rendition : sizes) {
                derived.add(new MediaDescription.StoredRendition(rendition, stored.put(rendition.bytes(), rendition.contentType())));
            }
            return MediaDescription.image(item, target, originalObject, image.width(), image.height(), derived);
        });
    }

    private ItemResult model(IngestItem item, String target, CheckedMedia.Model model) {
        String mediaIri = MuseumVocab.mediaIri(sha256(model.bytes()));
        List<MediaWarning> warnings = kioskWarnings(model);
        Optional<ItemResult> known = alreadyDescribed(item, target, mediaIri, false, model.bytes().length);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] poster = ModelPoster.png(model.bytes(), POSTER_SIZE, POSTER_SIZE);
        return store(item, mediaIri, model.bytes().length, warnings, stored -> {
            StoredObject original = stored.put(model.bytes(), model.contentType());
            StoredObject posterObject = stored.put(poster, "image/png");
            return MediaDescription.model(item, target, original, model.stats(),
                    new MediaDescription.StoredPoster(posterObject, POSTER_SIZE, POSTER_SIZE));
        });
    }

    private List<MediaWarning> kioskWarnings(CheckedMedia.Model model) {
        List<MediaWarning> warnings = new ArrayList<>();
        if (model.stats().fileSize() > settings.kioskMaxBytes()) {
            warnings.add(WarningCode.KIOSK_SIZE.with(megabytes(model.stats().fileSize()), megabytes(settings.kioskMaxBytes())));
        }
        if (model.stats().triangles() > settings.kioskMaxTriangles()) {
            warnings.add(WarningCode.KIOSK_TRIANGLES.with(model.stats().triangles(), settings.kioskMaxTriangles()));
        }
        return warnings;
    }

    /** Puts objects through a tracking store, then writes their description; on failure removes what it alone stored. */
    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private ItemResult store(IngestItem item, String mediaIri, long size, List<MediaWarning> warnings, Describer describer) {
        List<String> keys = new ArrayList<>();
        Putter putter = (bytes, type) -> {
            // Counted before the put, so a failing item running beside this one never removes it.
            String key = ObjectKeys.forContent(sha256(bytes), MediaTypes.extension(type));
            inFlight.merge(key, 1, Integer::sum);
            keys.add(key);
            return media.put(bytes, type);
        };
        try {
            records.write(describer.describe(putter));
            return new ItemResult(item, ItemResult.Status.STORED, mediaIri, size, warnings, null);
        } catch (RuntimeException e) {
            keys.forEach(key -> inFlight.merge(key, -1, Integer::sum));
            discardUnreferenced(keys);
            keys.clear();
            throw e;
        } finally {
            keys.forEach(key -> inFlight.merge(key, -1, Integer::sum));
        }
    }

    private void discardUnreferenced(List<String> keys) {
        try {
            java.util.Set<String> referenced = OrphanSweep.referencedKeys(graph);
            for (String key : keys) {
                if (!referenced.contains(key) && inFlight.getOrDefault(key, 0) <= 0) {
                    media.delete(key);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not remove the objects of a failed file; the orphan sweep will: {}", e.getMessage());
        }
    }

    /** UNCHANGED or LINKED when the graph already describes this media with its object in place; empty otherwise. */
    private Optional<ItemResult> alreadyDescribed(IngestItem item, String target, String mediaIri, boolean image, long size) {
        Optional<MediaRecords.Known> known = records.known(mediaIri, target);
        if (known.isEmpty() || media.stat(known.get().key()).isEmpty()) {
            return Optional.empty();
        }
        if (known.get().linked()) {
            return Optional.of(new ItemResult(item, ItemResult.Status.UNCHANGED, mediaIri, size, List.of(), null));
        }
        records.write(MediaDescription.link(target, mediaIri, image));
        return Optional.of(new ItemResult(item, ItemResult.Status.LINKED, mediaIri, size, List.of(), null));
    }

    private static byte[] stripped(CheckedMedia.Image image) {
        return switch (image.contentType()) {
            case "image/jpeg" -> MetadataStripper.jpeg(image.bytes(), image.orientation());
            case "image/png" -> MetadataStripper.png(image.bytes());
            case "image/webp" -> MetadataStripper.webp(image.bytes());
            default -> Renditions.losslessTiff(image);
        };
    }

    private static long sizeOf(IngestItem item) {
        try {
            return Files.isRegularFile(item.file()) ? Files.size(item.file()) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Putter {
        StoredObject put(byte[] bytes, String contentType);
    }

    @FunctionalInterface
    private interface Describer {
        Model describe(Putter store);
    }
}
