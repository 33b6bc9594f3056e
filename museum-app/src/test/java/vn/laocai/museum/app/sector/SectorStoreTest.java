package vn.laocai.museum.app.sector;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/**
 * What the tests of the staff tables start from: a real TDB2 store in a temporary directory holding
 * the shipped corpus, with the audit log and the staff editor on it, and a few ways to read it.
 * Each test class gets its own store.
 */
abstract class SectorStoreTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path directory;
    static Tdb2GraphStore store;
    static AuditLog audit;
    static SectorEditor editor;

    @BeforeAll
    static void openStore() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        audit = new AuditLog(store);
        editor = new SectorEditor(store, CLOCK, PackagedCorpus::packaged);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static SectorTable table(String key) {
        return SectorTables.find(key).orElseThrow();
    }

    static List<SectorEditor.Row> preview(String key, String csv) {
        return editor.preview(table(key), SectorEditor.readCsv(new StringReader(csv)));
    }

    /** Whether the pattern matches in the graph. */
    static boolean ask(MuseumGraph graph, String pattern) {
        return count(graph, pattern + " LIMIT 1") > 0;
    }

    /** How many solutions a pattern has in one graph, for assertions on what a save wrote. */
    static int count(MuseumGraph graph, String pattern) {
        return store.select(graph, QueryFactory.create("SELECT * WHERE " + pattern), Map.of()).size();
    }
}
