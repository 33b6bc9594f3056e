package vn.laocai.museum.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import vn.laocai.museum.ontology.Fixtures;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** A store for the export tests: fixture species public, fixture secrets restricted, a corpus hash in audit. */
final class ExportFixtures {

    static final String BASE_URL = "https://herbs.example.org";
    static final LocalDate PUB_DATE = LocalDate.of(2026, 3, 1);

    private ExportFixtures() {}

    static Tdb2GraphStore store(Path directory) {
        Tdb2GraphStore store = Fixtures.storeWithSpecies(directory);
        Model audit = ModelFactory.createDefaultModel();
        audit.createResource(ChangeMarker.LOAD_STATE).addProperty(MuseumVocab.CORPUS_HASH, "hash-1");
        store.write(writer -> {
            writer.add(MuseumGraph.PUBLIC, Fixtures.exportExtras());
            writer.add(MuseumGraph.RESTRICTED, Fixtures.restricted());
            writer.add(MuseumGraph.AUDIT, audit);
        });
        return store;
    }

    /** The archive's entries by name, as UTF-8 text, in archive order. */
    static Map<String, String> archive(Tdb2GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DarwinCoreArchive(store).write(out, BASE_URL, PUB_DATE);
        return unzip(out.toByteArray());
    }

    static Map<String, String> unzip(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
