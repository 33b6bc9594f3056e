package vn.laocai.museum.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.laocai.museum.media.EmbeddedS3Server;
import vn.laocai.museum.media.S3MediaStore;
import vn.laocai.museum.media.check.CheckedMedia;
import vn.laocai.museum.media.check.GltfCheck;
import vn.laocai.museum.media.check.MediaCheck;
import vn.laocai.museum.media.image.Renditions;
import vn.laocai.museum.media.ingest.IngestItem;
import vn.laocai.museum.media.ingest.IngestListener;
import vn.laocai.museum.media.ingest.IngestPipeline;
import vn.laocai.museum.media.ingest.IngestReport;
import vn.laocai.museum.media.ingest.IngestSettings;
import vn.laocai.museum.media.samples.SampleModels;
import vn.laocai.museum.media.samples.SamplePictures;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/**
 * Media ingest: a batch of generated camera JPEGs (12 megapixels, EXIF orientation and GPS) through
 * the whole pipeline into the embedded S3 server and TDB2; some of them through the curators'
 * upload page of the production jar in headless Chromium, beside the same files through the
 * pipeline directly ({@link MediaUploadRun}); rendition making alone, one picture at a
 * time, next to ImageMagick's {@code convert} making the same three sizes from the same files; and
 * the GLB check on one large model.
 */
@Command(name = "media", mixinStandardHelpOptions = true,
        description = "Ingest throughput on generated 12 MP JPEGs, the upload page against the pipeline, renditions against ImageMagick, GLB check MB/s.")
final class MediaBench implements Callable<Integer> {

    @Option(names = "--images", description = "Generated JPEGs to ingest (default: ${DEFAULT-VALUE}).")
    int images = 200;

    @Option(names = "--side-by-side", description = "Of those, pictures timed one at a time against ImageMagick (default: ${DEFAULT-VALUE}).")
    int sideBySide = 20;

    @Option(names = "--glb-mb", description = "Size of the generated GLB model in MB (default: ${DEFAULT-VALUE}).")
    int glbMegabytes = 100;

    @Option(names = "--runs", description = "GLB check runs (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--upload", description = "Of the JPEGs, files uploaded through the museum's upload page in headless Chromium, "
            + "beside the same files through the ingest pipeline directly (default: ${DEFAULT-VALUE}; 0 skips).")
    int upload = 20;

    @Option(names = "--jar", description = "The production jar the upload runs against (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("museum-app/target/museum-app.jar");

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("museum-media-bench-");
        try {
            List<Path> photos = generate(work.resolve("photos"));
            ingest(work.resolve("data"), photos);
            upload(work, photos.subList(0, Math.min(upload, photos.size())));
            renditions(photos.subList(0, Math.min(sideBySide, photos.size())), work.resolve("magick"));
            glb();
            return 0;
        } finally {
            delete(work);
        }
    }

    private List<Path> generate(Path folder) throws IOException {
        Files.createDirectories(folder);
        long started = System.nanoTime();
        List<Path> files = IntStream.range(0, images).parallel().mapToObj(i -> {
            Path file = folder.resolve(String.format("tam-that-%03d.jpg", i));
            try {
                Files.write(file, SamplePictures.cameraJpeg(4000, 3000, 1 + i % 8, 22.3364, 103.8438, i));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return file;
        }).sorted().toList();
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        System.out.printf("generated %d JPEGs of 4000×3000 (EXIF orientation 1–8, GPS): %.0f MB, %.1f MB each, in %.1f s%n",
                files.size(), bytes / 1e6, bytes / 1e6 / files.size(), (System.nanoTime() - started) / 1e9);
        return files;
    }

    private void ingest(Path data, List<Path> photos) throws Exception {
        String species = MuseumVocab.speciesIri("panax-notoginseng");
        try (Tdb2GraphStore graph = Tdb2GraphStore.open(data.resolve("graph"));
                EmbeddedS3Server server = EmbeddedS3Server.start(data.resolve("media"), 0, "bench", "bench-secret-key");
                S3MediaStore media = S3MediaStore.connect(server.settings("museum-media"))) {
            Model seed = ModelFactory.createDefaultModel();
            seed.createResource(species).addProperty(RDF.type, MuseumVocab.TAXON).addProperty(MuseumVocab.SLUG, "panax-notoginseng");
            graph.write(writer -> writer.add(MuseumGraph.PUBLIC, seed));
            List<IngestItem> items = photos.stream()
                    .map(photo -> new IngestItem(photo, photo.toString(), species, Map.of("vi", "Tam thất"), "Bench", "CC-BY-4.0",
                            null, null))
                    .toList();
            IngestPipeline pipeline = new IngestPipeline(graph, media, IngestSettings.DEFAULT);
            IngestReport first = pipeline.run(items, IngestListener.NONE);
            IngestReport again = pipeline.run(items, IngestListener.NONE);
            double seconds = first.elapsed().toNanos() / 1e9;
            System.out.printf("ingest, %d threads (check, 3 renditions, S3 over HTTP, TDB2): %.2f images/s, %.1f MB/s (%d stored, %d failed, %.1f s)%n",
                    IngestSettings.DEFAULT.threads(), first.results().size() / seconds, first.bytes() / 1e6 / seconds,
                    first.count(vn.laocai.museum.media.ingest.ItemResult.Status.STORED), first.failures().size(), seconds);
            System.out.printf("same batch again (all already described): %.1f images/s, %.1f s, %d unchanged%n",
                    again.results().size() / (again.elapsed().toNanos() / 1e9), again.elapsed().toNanos() / 1e9,
                    again.count(vn.laocai.museum.media.ingest.ItemResult.Status.UNCHANGED));
        }
    }

    /**
     * The same files through the upload page end to end (HTTP, the page's background pool of one
     * thread, the audit log) and, as the peer, through the ingest pipeline directly with one thread,
     * each into a fresh store.
     */
    private void upload(Path work, List<Path> photos) throws Exception {
        if (photos.isEmpty()) {
            return;
        }
        if (!Files.isRegularFile(jar)) {
            System.out.println("upload through the app: skipped, no jar at " + jar.toAbsolutePath() + " (./museum build)");
            return;
        }
        long bytes = 0;
        for (Path photo : photos) {
            bytes += Files.size(photo);
        }
        IngestSettings one = new IngestSettings(IngestSettings.DEFAULT.limits(), IngestSettings.DEFAULT.kioskMaxBytes(),
                IngestSettings.DEFAULT.kioskMaxTriangles(), false, IngestSettings.DEFAULT.longEdges(), IngestSettings.DEFAULT.jpegQuality(), 1);
        IngestReport direct;
        Path data = work.resolve("upload-peer");
        String species = MuseumVocab.speciesIri("panax-notoginseng");
        try (Tdb2GraphStore graph = Tdb2GraphStore.open(data.resolve("graph"));
                EmbeddedS3Server server = EmbeddedS3Server.start(data.resolve("media"), 0, "bench", "bench-secret-key");
                S3MediaStore media = S3MediaStore.connect(server.settings("museum-media"))) {
            Model seed = ModelFactory.createDefaultModel();
            seed.createResource(species).addProperty(RDF.type, MuseumVocab.TAXON).addProperty(MuseumVocab.SLUG, "panax-notoginseng");
            graph.write(writer -> writer.add(MuseumGraph.PUBLIC, seed));
            direct = new IngestPipeline(graph, media, one).run(photos.stream().map(photo -> new IngestItem(photo, photo.toString(), species,
                    Map.of("vi", "Tam thất"), "Bench", "CC-BY-4.0", null, null)).toList(), IngestListener.NONE);
        }
        MediaUploadRun.Result app = new MediaUploadRun(jar, work).upload(photos);
        double peer = direct.elapsed().toNanos() / 1e9;
        System.out.printf("upload page end to end, %d JPEGs (%.0f MB) chosen at once in headless Chromium: HTTP to temporary files, "
                + "then check, 3 renditions, S3, TDB2, audit on the page's pool of 1 thread: %.1f s, %.2f images/s, %.1f MB/s (%d stored)%n",
                photos.size(), bytes / 1e6, app.seconds(), photos.size() / app.seconds(), bytes / 1e6 / app.seconds(), app.stored());
        System.out.printf("same files through the ingest pipeline directly, 1 thread (peer):                      %.1f s, %.2f images/s, %.1f MB/s (%d stored)%n",
                peer, photos.size() / peer, bytes / 1e6 / peer, direct.count(vn.laocai.museum.media.ingest.ItemResult.Status.STORED));
        System.out.printf("ratio upload page / pipeline: %.2fx the time%n", app.seconds() / peer);
    }

    private void renditions(List<Path> photos, Path out) throws Exception {
        MediaCheck check = new MediaCheck(MediaCheck.Limits.DEFAULT);
        Renditions renditions = new Renditions(Renditions.LONG_EDGES, 0.85f);
        double[] ours = new double[photos.size()];
        for (int i = 0; i < photos.size(); i++) {
            byte[] bytes = Files.readAllBytes(photos.get(i));
            long started = System.nanoTime();
            renditions.render((CheckedMedia.Image) check.check(bytes, uri -> null));
            ours[i] = (System.nanoTime() - started) / 1e6;
        }
        System.out.printf("renditions, one picture at a time: decode + orient + 2560/1280/320 JPEG   median %6.0f ms (%d pictures)%n",
                median(ours), photos.size());
        String magick = imageMagick();
        if (magick == null) {
            System.out.println("ImageMagick: not installed (./museum bench media installs it with apt when run as root)");
            return;
        }
        Files.createDirectories(out);
        double[] theirs = new double[photos.size()];
        for (int i = 0; i < photos.size(); i++) {
            long started = System.nanoTime();
            Process process = new ProcessBuilder(magick, photos.get(i).toString(), "-auto-orient", "-strip", "-quality", "85",
                    "-resize", "2560x2560>", "-write", out.resolve(i + "-2560.jpg").toString(),
                    "-resize", "1280x1280>", "-write", out.resolve(i + "-1280.jpg").toString(),
                    "-resize", "320x320>", out.resolve(i + "-320.jpg").toString()).inheritIO().start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(magick + " failed on " + photos.get(i));
            }
            theirs[i] = (System.nanoTime() - started) / 1e6;
        }
        System.out.printf("same with ImageMagick (%s, one process per picture)                median %6.0f ms (ours/theirs %.2fx)%n",
                magick, median(theirs), median(ours) / median(theirs));
    }

    private void glb() {
        int n = (int) Math.sqrt(glbMegabytes * 1_000_000.0 / 36);
        byte[] glb = SampleModels.glb(n, json -> {});
        GltfCheck check = new GltfCheck();
        double[] seconds = new double[runs];
        long triangles = 0;
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            triangles = check.checkGlb(glb).triangles();
            seconds[run] = (System.nanoTime() - started) / 1e9;
        }
        System.out.printf("GLB check of a %.0f MB model (%,d triangles): median %.1f ms, %.0f MB/s (runs %s)%n", glb.length / 1e6,
                triangles, median(seconds) * 1000, glb.length / 1e6 / median(seconds),
                Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 10000) / 10.0).toArray()));
    }

    private static String imageMagick() {
        // Debian's package puts convert (ImageMagick 6) or magick (7) in /usr/bin; a stand-in earlier on the PATH must not count.
        for (String candidate : List.of("magick", "/usr/bin/magick", "/usr/bin/convert", "convert")) {
            try {
                Process process = new ProcessBuilder(candidate, "-version").redirectErrorStream(true).start();
                String version = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 && version.contains("ImageMagick")) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // not this one
            }
        }
        return null;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
