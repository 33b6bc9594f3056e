package vn.laocai.museum.media.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.museum.media.ingest.MuseumFixture.HOANG_LIEN;
import static vn.laocai.museum.media.ingest.MuseumFixture.REMEDY;
import static vn.laocai.museum.media.ingest.MuseumFixture.TAM_THAT;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.media.EmbeddedS3Server;
import vn.laocai.museum.media.ListedObject;
import vn.laocai.museum.media.MediaContent;
import vn.laocai.museum.media.PlaceholderImage;
import vn.laocai.museum.media.PlaceholderSeeder;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.media.S3MediaStore;
import vn.laocai.museum.media.samples.SampleModels;
import vn.laocai.museum.media.samples.SamplePictures;
import vn.laocai.museum.ontology.ComponentHealth;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.GraphWriter;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** The ingest pipeline against the real in-process S3 server over HTTP and a real TDB2 store. */
class IngestPipelineTest {

    @TempDir
    Path directory;

    private EmbeddedS3Server server;
    private S3MediaStore media;
    private Tdb2GraphStore graph;
    private Path files;

    @BeforeEach
    void start() throws Exception {
        server = EmbeddedS3Server.start(directory.resolve("media"), 0, "test-access", "test-secret-key");
        media = S3MediaStore.connect(server.settings("museum-media"));
        graph = MuseumFixture.graph(directory.resolve("graph"));
        files = Files.createDirectories(directory.resolve("incoming"));
    }

    @AfterEach
    void stop() {
        graph.close();
        media.close();
        server.close();
    }

    @Test
    void a_manifest_batch_is_stored_described_and_linked() throws Exception {
        write("tam-that-ruong.jpg", SamplePictures.cameraJpeg(3000, 2000, 6, 22.7312, 104.2101, 1));
        write("la.png", SamplePictures.transparentPng(1400, 1000, 2));
        write("cu-tam-that.glb", SampleModels.glb(20, json -> {}));
        Path manifest = write("media.csv", """
                file,target,title_vi,title_en,creator,licence,date,place
                tam-that-ruong.jpg,species/panax-notoginseng,Ruộng tam thất,Notoginseng field,Hoàng Văn Páo,https://creativecommons.org/licenses/by/4.0/,2024-05-01,Sán Chải
                la.png,species/panax-notoginseng,Lá tam thất,Notoginseng leaf,Lù Thị Mai,CC-BY-4.0,2023,
                cu-tam-that.glb,remedy/tam-that-ham-ga,Củ tam thất (3D),Notoginseng root (3D),Bảo tàng,CC-BY-4.0,,
                """);

        IngestReport report = pipeline(IngestSettings.DEFAULT).run(IngestInputs.expand(List.of(manifest), null), IngestListener.NONE);

        assertThat(report.results()).extracting(ItemResult::status).containsOnly(ItemResult.Status.STORED);
        List<QuerySolution> photo = select("""
                SELECT ?key ?format ?width ?height ?licence ?creator ?date ?title ?placeName WHERE {
                  <%s> schema:image ?m . ?m herb:objectKey ?key ; schema:encodingFormat "image/jpeg" ; schema:encodingFormat ?format ;
                     schema:width ?width ; schema:height ?height ; schema:license ?licence ; schema:creator ?creator ;
                     schema:dateCreated ?date ; schema:name ?title ; schema:about <%s> ;
                     schema:contentLocation/schema:name ?placeName .
                  FILTER(lang(?title) = "vi") }""".formatted(TAM_THAT, TAM_THAT));
        assertThat(photo).hasSize(1);
        QuerySolution row = photo.getFirst();
        assertThat(row.getLiteral("width").getInt()).isEqualTo(2000);
        assertThat(row.getLiteral("height").getInt()).isEqualTo(3000);
        assertThat(row.getResource("licence").getURI()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(row.getLiteral("creator").getString()).isEqualTo("Hoàng Văn Páo");
        assertThat(row.getLiteral("date").getDatatypeURI()).endsWith("#date");
        assertThat(row.getLiteral("title").getString()).isEqualTo("Ruộng tam thất");
        assertThat(row.getLiteral("placeName").getString()).isEqualTo("Sán Chải");

        List<QuerySolution> thumbnails = select("""
                SELECT ?key ?width ?height WHERE { <%s> schema:image ?m . ?m schema:encodingFormat "image/jpeg" ; schema:thumbnail ?t .
                  ?t prov:wasDerivedFrom ?m ; herb:objectKey ?key ; schema:width ?width ; schema:height ?height } ORDER BY ?width"""
                .formatted(TAM_THAT));
        assertThat(thumbnails).extracting(t -> t.getLiteral("width").getInt() + "x" + t.getLiteral("height").getInt())
                .containsExactly("213x320", "853x1280", "1707x2560");
        for (QuerySolution thumbnail : thumbnails) {
            assertThat(media.stat(thumbnail.getLiteral("key").getString())).isPresent();
        }

        List<QuerySolution> model = select("""
                SELECT ?key ?triangles ?vertices ?minX ?maxY WHERE { <%s> schema:subjectOf ?m . ?m a schema:3DModel ; herb:objectKey ?key ;
                  schema:additionalProperty [ schema:propertyID "triangleCount" ; schema:value ?triangles ] ,
                                            [ schema:propertyID "vertexCount" ; schema:value ?vertices ] ,
                                            [ schema:propertyID "boundingBoxX" ; schema:minValue ?minX ] ,
                                            [ schema:propertyID "boundingBoxY" ; schema:maxValue ?maxY ] }""".formatted(REMEDY));
        assertThat(model).hasSize(1);
        assertThat(model.getFirst().getLiteral("triangles").getLong()).isEqualTo(800);
        assertThat(model.getFirst().getLiteral("vertices").getLong()).isEqualTo(441);
        assertThat(model.getFirst().getLiteral("minX").getDouble()).isEqualTo(-0.5);
        assertThat(model.getFirst().getLiteral("maxY").getDouble()).isEqualTo(0.1);

        assertNoOrphansAndNothingMissing();
        // 1 photo + 3 renditions, 1 PNG + 2 renditions, 1 model and its poster.
        assertThat(media.list()).hasSize(9);
    }

    @Test
    void running_the_same_batch_again_changes_nothing() throws Exception {
        write("a.jpg", SamplePictures.cameraJpeg(1600, 1200, 1, 22.3, 103.8, 3));
        write("b.glb", SampleModels.glb(5, json -> {}));
        List<IngestItem> batch = IngestInputs.expand(List.of(files), defaults(TAM_THAT));
        pipeline(IngestSettings.DEFAULT).run(batch, IngestListener.NONE);
        long triples = graph.size(MuseumGraph.PUBLIC);
        Set<String> objects = keys();

        IngestReport again = pipeline(IngestSettings.DEFAULT).run(batch, IngestListener.NONE);

        assertThat(again.results()).extracting(ItemResult::status).containsOnly(ItemResult.Status.UNCHANGED);
        assertThat(graph.size(MuseumGraph.PUBLIC)).isEqualTo(triples);
        assertThat(keys()).isEqualTo(objects);
    }

    @Test
    void the_same_file_for_two_targets_is_stored_once_and_linked_twice() throws Exception {
        Path photo = write("chung.jpg", SamplePictures.cameraJpeg(900, 600, 1, 22.3, 103.8, 4));
        IngestPipeline pipeline = pipeline(IngestSettings.DEFAULT);
        assertThat(pipeline.ingest(defaults(TAM_THAT).forFile(photo)).status()).isEqualTo(ItemResult.Status.STORED);
        Set<String> objects = keys();
        ItemResult second = pipeline.ingest(defaults(MuseumFixture.STORY).forFile(photo));

        assertThat(second.status()).isEqualTo(ItemResult.Status.LINKED);
        assertThat(keys()).isEqualTo(objects);
        assertThat(select("SELECT ?s WHERE { ?s schema:image <" + second.mediaIri() + "> }")).hasSize(2);
    }

    @Test
    void bad_files_fail_alone_each_with_its_reason_and_leave_nothing_behind() throws Exception {
        byte[] jpeg = SamplePictures.cameraJpeg(800, 600, 1, 22.3, 103.8, 5);
        write("good.jpg", jpeg);
        write("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 3));
        write("notes.jpg", "Tam thất: củ, lá, hoa".getBytes(StandardCharsets.UTF_8));
        byte[] glb = SampleModels.glb(4, json -> {});
        write("cut.glb", Arrays.copyOf(glb, glb.length - 16));
        Path manifest = write("media.csv", """
                file,target
                good.jpg,species/panax-notoginseng
                cut.jpg,species/panax-notoginseng
                notes.jpg,species/panax-notoginseng
                cut.glb,species/panax-notoginseng
                good.jpg,species/no-such-herb
                missing.jpg,species/panax-notoginseng
                """);

        IngestReport report = pipeline(IngestSettings.DEFAULT).run(IngestInputs.manifest(manifest), IngestListener.NONE);

        Map<String, String> reasons = report.failures().stream()
                .collect(Collectors.toMap(failure -> failure.item().source(), ItemResult::reason));
        assertThat(report.results().getFirst().status()).isEqualTo(ItemResult.Status.STORED);
        assertThat(reasons).hasSize(5);
        assertThat(reasons.get("media.csv row 2 (cut.jpg)")).containsIgnoringCase("JPEG");
        assertThat(reasons.get("media.csv row 3 (notes.jpg)")).contains("unsupported file type");
        assertThat(reasons.get("media.csv row 4 (cut.glb)")).contains("truncated GLB");
        assertThat(reasons.get("media.csv row 5 (good.jpg)")).contains("species/no-such-herb> is not a species, remedy or story in the graph");
        assertThat(reasons.get("media.csv row 6 (missing.jpg)")).contains("no such file");
        assertNoOrphansAndNothingMissing();
    }

    @Test
    void originals_of_protected_species_lose_gps_but_keep_their_orientation() throws Exception {
        Path photo = write("hoang-lien.jpg", SamplePictures.cameraJpeg(1200, 900, 8, 22.3364, 103.8438, 6));
        ItemResult result = pipeline(IngestSettings.DEFAULT).ingest(defaults(HOANG_LIEN).forFile(photo));
        Path open = write("tam-that.jpg", SamplePictures.cameraJpeg(1200, 900, 8, 22.3364, 103.8438, 7));
        ItemResult unprotected = pipeline(IngestSettings.DEFAULT).ingest(defaults(TAM_THAT).forFile(open));

        Metadata stored = metadataOf(result.mediaIri());
        assertThat(stored.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(stored.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifDirectoryBase.TAG_ORIENTATION)).isEqualTo(8);
        assertThat(metadataOf(unprotected.mediaIri()).getFirstDirectoryOfType(GpsDirectory.class))
                .as("a species not on any list keeps the photographer's file as it is").isNotNull();
    }

    @Test
    void a_webp_and_a_cmyk_jpeg_are_stored_with_srgb_jpeg_renditions() throws Exception {
        Path webp = write("la.webp", vn.laocai.museum.media.samples.SampleEncodings.flatWebp(1500, 1000, 0xFF2E7D32));
        Path cmyk = write("nhan.jpg", vn.laocai.museum.media.samples.SampleEncodings.cmykJpeg(1500, 1000, 0, 255, 255, 0));

        ItemResult leaf = pipeline(IngestSettings.DEFAULT).ingest(defaults(HOANG_LIEN).forFile(webp));
        ItemResult print = pipeline(IngestSettings.DEFAULT).ingest(defaults(TAM_THAT).forFile(cmyk));

        assertThat(List.of(leaf.status(), print.status())).containsOnly(ItemResult.Status.STORED);
        List<QuerySolution> rows = select("""
                SELECT ?format ?thumbFormat ?key WHERE { ?m schema:encodingFormat ?format ; schema:thumbnail ?t .
                  ?t schema:encodingFormat ?thumbFormat ; schema:width ?w ; herb:objectKey ?key FILTER(?w = 320) } ORDER BY ?format""");
        assertThat(rows).extracting(row -> row.getLiteral("format").getString() + " → " + row.getLiteral("thumbFormat").getString())
                .containsExactly("image/jpeg → image/jpeg", "image/webp → image/jpeg");
        for (QuerySolution row : rows) {
            try (MediaContent content = media.get(row.getLiteral("key").getString()).orElseThrow()) {
                java.awt.image.BufferedImage pixels = javax.imageio.ImageIO.read(content.stream());
                int rgb = pixels.getRGB(160, 100);
                int expected = row.getLiteral("format").getString().equals("image/webp") ? 0x2E7D32 : 0xFF0000;
                for (int shift : new int[] {16, 8, 0}) {
                    assertThat((rgb >> shift) & 0xFF).as("channel %d of %06x", shift, rgb & 0xFFFFFF)
                            .isCloseTo((expected >> shift) & 0xFF, org.assertj.core.data.Offset.offset(40));
                }
            }
        }
    }

    @Test
    void a_model_over_the_kiosk_budget_is_stored_with_a_warning() throws Exception {
        Path model = write("nang.glb", SampleModels.glb(30, json -> {}));
        IngestSettings tight = new IngestSettings(IngestSettings.DEFAULT.limits(), 10_000, 1000, false,
                IngestSettings.DEFAULT.longEdges(), 0.85f, 1);
        ItemResult result = pipeline(tight).ingest(defaults(TAM_THAT).forFile(model));

        assertThat(result.status()).isEqualTo(ItemResult.Status.STORED);
        assertThat(result.warnings()).hasSize(2);
        assertThat(result.warnings().getFirst().text()).startsWith("over the kiosk budget: ").endsWith(" MB > 0.0 MB");
        assertThat(result.warnings().getFirst().code()).isEqualTo("kiosk-size");
        assertThat(result.warnings().getFirst().params()).hasSize(2).last().isEqualTo("0.0");
        assertThat(result.warnings().getLast().text()).isEqualTo("over the kiosk budget: 1800 triangles > 1000");
        assertThat(result.warnings().getLast().code()).isEqualTo("kiosk-triangles");
        assertThat(result.warnings().getLast().params()).containsExactly("1800", "1000");
    }

    @Test
    void a_failed_graph_write_leaves_no_stored_object() throws Exception {
        Path photo = write("x.jpg", SamplePictures.cameraJpeg(1500, 1000, 1, 22.3, 103.8, 8));
        GraphStore failing = new FailingWrites(graph);
        ItemResult result = new IngestPipeline(failing, media, IngestSettings.DEFAULT).ingest(defaults(TAM_THAT).forFile(photo));

        assertThat(result.status()).isEqualTo(ItemResult.Status.FAILED);
        assertThat(result.reason()).contains("disk full");
        assertThat(media.list()).isEmpty();
    }

    @Test
    void the_sweep_removes_objects_no_description_points_to() throws Exception {
        write("kept.jpg", SamplePictures.cameraJpeg(500, 400, 1, 22.3, 103.8, 9));
        pipeline(IngestSettings.DEFAULT).run(IngestInputs.expand(List.of(files), defaults(TAM_THAT)), IngestListener.NONE);
        Set<String> described = keys();
        String orphan = media.put(PlaceholderImage.png("orphan", 30, 30), "image/png").key();

        OrphanSweep sweep = new OrphanSweep(graph, media, Clock.systemUTC());
        assertThat(sweep.sweep(Duration.ofHours(1)).removed()).as("young orphans are left alone").isEmpty();
        OrphanSweep.Result result = sweep.sweep(Duration.ZERO);

        assertThat(result.removed()).containsExactly(orphan);
        assertThat(result.missing()).isEmpty();
        assertThat(keys()).isEqualTo(described);
    }

    @Test
    void a_photograph_replaces_the_placeholder_and_survives_a_reload_of_the_species_text() throws Exception {
        SpeciesCatalog catalog = new SpeciesCatalog(graph);
        PlaceholderSeeder seeder = new PlaceholderSeeder(catalog, graph, media);
        seeder.seedMissing();
        String placeholder = imageKey(catalog, "panax-notoginseng");

        ItemResult result = pipeline(IngestSettings.DEFAULT)
                .ingest(defaults(TAM_THAT).forFile(write("that.jpg", SamplePictures.cameraJpeg(900, 600, 1, 22.3, 103.8, 10))));
        String photo = select("SELECT ?key WHERE { <" + result.mediaIri() + "> herb:objectKey ?key }").getFirst().getLiteral("key").getString();
        List<String> photoKeys = keysOf(result.mediaIri());
        assertThat(photoKeys).contains(photo);
        assertThat(imageKey(catalog, "panax-notoginseng")).as("the photo or one of its renditions").isIn(photoKeys);
        assertThat(new OrphanSweep(graph, media, Clock.systemUTC()).sweep(Duration.ZERO).removed()).containsExactly(placeholder);
        assertThat(select("SELECT ?p WHERE { <" + TAM_THAT + "> schema:image ?p . FILTER NOT EXISTS { ?p herb:objectKey ?k } }"))
                .as("no link is left to the placeholder's description").isEmpty();

        // The content loader replaces the species' triples when its text changes: the link goes, the photo's schema:about stays.
        Model species = graph.construct(MuseumGraph.PUBLIC, QueryFactory.create("DESCRIBE <" + TAM_THAT + ">"), Map.of());
        species.removeAll(null, vn.laocai.museum.ontology.MuseumVocab.IMAGE, null);
        graph.write(writer -> {
            writer.removeResource(MuseumGraph.PUBLIC, species.createResource(TAM_THAT));
            writer.add(MuseumGraph.PUBLIC, species);
        });
        assertThat(seeder.seedMissing()).as("the photo's link is restored, so no placeholder comes back").isZero();
        assertThat(imageKey(catalog, "panax-notoginseng")).isIn(photoKeys);
    }

    @Test
    void a_scan_replaces_the_placeholder_model_its_poster_and_the_link_to_it() throws Exception {
        SpeciesCatalog catalog = new SpeciesCatalog(graph);
        new PlaceholderSeeder(catalog, graph, media).seedMissing();
        vn.laocai.museum.ontology.SpeciesModel placeholder = catalog.find("panax-notoginseng", "vi").orElseThrow().models().getFirst();
        assertThat(placeholder.placeholder()).isTrue();

        ItemResult result = pipeline(IngestSettings.DEFAULT)
                .ingest(defaults(TAM_THAT).forFile(write("root.glb", SampleModels.glb(20, json -> {}))));

        List<vn.laocai.museum.ontology.SpeciesModel> models = catalog.find("panax-notoginseng", "vi").orElseThrow().models();
        assertThat(models).singleElement().satisfies(model -> {
            assertThat(model.placeholder()).isFalse();
            assertThat(model.triangles()).isEqualTo(800);
            assertThat(media.stat(model.posterKey())).as("the scan's own poster").isPresent();
        });
        assertThat(keysOf(result.mediaIri())).hasSize(2);
        assertThat(new OrphanSweep(graph, media, Clock.systemUTC()).sweep(Duration.ZERO).removed())
                .containsExactlyInAnyOrder(placeholder.key(), placeholder.posterKey());
        assertThat(select("SELECT ?m WHERE { <" + TAM_THAT + "> schema:subjectOf ?m . FILTER NOT EXISTS { ?m herb:objectKey ?k } }"))
                .as("no link is left to the placeholder's description").isEmpty();
    }

    @Test
    void pages_show_the_1280_px_rendition_of_a_large_photograph_not_the_original() throws Exception {
        SpeciesCatalog catalog = new SpeciesCatalog(graph);
        ItemResult result = pipeline(IngestSettings.DEFAULT)
                .ingest(defaults(TAM_THAT).forFile(write("big.jpg", SamplePictures.cameraJpeg(2000, 1500, 1, 22.3, 103.8, 11))));
        String original = select("SELECT ?key WHERE { <" + result.mediaIri() + "> herb:objectKey ?key }").getFirst()
                .getLiteral("key").getString();
        String shown = catalog.find("panax-notoginseng", "vi").orElseThrow().imageKeys().getFirst();
        assertThat(shown).isNotEqualTo(original);
        assertThat(select("SELECT ?width WHERE { <" + result.mediaIri() + "> schema:thumbnail ?r . ?r herb:objectKey \""
                + shown + "\" ; schema:width ?width }").getFirst().getLiteral("width").getInt()).isEqualTo(1280);
    }

    /** The object keys of a stored photo: the original and its renditions. */
    private List<String> keysOf(String mediaIri) {
        return select("SELECT ?key WHERE { { <" + mediaIri + "> herb:objectKey ?key } UNION { <" + mediaIri
                + "> schema:thumbnail/herb:objectKey ?key } }").stream().map(row -> row.getLiteral("key").getString()).toList();
    }

    private static String imageKey(SpeciesCatalog catalog, String slug) {
        return catalog.list("vi").stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow().image().orElseThrow();
    }

    private IngestPipeline pipeline(IngestSettings settings) {
        return new IngestPipeline(graph, media, settings);
    }

    private IngestItem defaults(String target) {
        return new IngestItem(files, "test", target, Map.of("vi", "Ảnh thử"), "Bảo tàng", "CC-BY-4.0", null, null);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(files.resolve(name), bytes);
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Set<String> keys() {
        return media.list().stream().map(ListedObject::key).collect(Collectors.toSet());
    }

    private Metadata metadataOf(String mediaIri) throws Exception {
        String key = select("SELECT ?key WHERE { <" + mediaIri + "> herb:objectKey ?key }").getFirst().getLiteral("key").getString();
        try (MediaContent content = media.get(key).orElseThrow()) {
            return ImageMetadataReader.readMetadata(new ByteArrayInputStream(content.stream().readAllBytes()));
        }
    }

    private void assertNoOrphansAndNothingMissing() {
        assertThat(keys()).isEqualTo(OrphanSweep.referencedKeys(graph));
    }

    private List<QuerySolution> select(String where) {
        Query query = QueryFactory.create("""
                PREFIX schema: <https://schema.org/>
                PREFIX herb: <https://w3id.org/laocai-herbs/ns#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                """ + where);
        return graph.select(MuseumGraph.PUBLIC, query, Map.of());
    }

    /** A graph store whose writes fail, as a full disk would make them. */
    private record FailingWrites(GraphStore delegate) implements GraphStore {
        @Override
        public List<QuerySolution> select(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings) {
            return delegate.select(graph, query, bindings);
        }

        @Override
        public Model construct(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings) {
            return delegate.construct(graph, query, bindings);
        }

        @Override
        public <T> T queryPublic(Query query, Duration timeout, Function<QueryExecution, T> reader) {
            return delegate.queryPublic(query, timeout, reader);
        }

        @Override
        public void write(Consumer<GraphWriter> changes) {
            throw new IllegalStateException("disk full");
        }

        @Override
        public long size(MuseumGraph graph) {
            return delegate.size(graph);
        }

        @Override
        public ComponentHealth health() {
            return delegate.health();
        }

        @Override
        public void close() {}
    }
}
