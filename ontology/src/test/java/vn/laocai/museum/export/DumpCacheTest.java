package vn.laocai.museum.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Tdb2GraphStore;

class DumpCacheTest {

    private static final Instant FIRST = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private MutableClock clock;
    private DumpCache cache;

    @BeforeEach
    void open() {
        store = ExportFixtures.store(directory.resolve("graph"));
        clock = new MutableClock(FIRST);
        cache = new DumpCache(store, directory.resolve("dumps"), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void turtle_dump_holds_exactly_the_public_graph() throws IOException {
        PublicDumps dumps = cache.current();
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = gunzip(dumps.turtle().path())) {
            RDFDataMgr.read(model, in, Lang.TURTLE);
        }
        assertThat(model.size()).isEqualTo(store.size(MuseumGraph.PUBLIC)).isEqualTo(dumps.triples()).isEqualTo(91);
        assertThat(model.contains(model.createResource(MuseumVocab.speciesIri("panax-notoginseng")),
                MuseumVocab.SCIENTIFIC_NAME, "Panax notoginseng")).isTrue();
        assertThat(dumps.turtle().byteSize()).isEqualTo(Files.size(dumps.turtle().path()));
    }

    @Test
    void n_quads_dump_names_the_public_graph() throws IOException {
        PublicDumps dumps = cache.current();
        Dataset dataset = DatasetFactory.create();
        try (InputStream in = gunzip(dumps.nquads().path())) {
            RDFDataMgr.read(dataset, in, Lang.NQUADS);
        }
        assertThat(dataset.getDefaultModel().size()).isZero();
        assertThat(dataset.listModelNames()).toIterable().containsExactly(
                dataset.getDefaultModel().createResource(MuseumGraph.PUBLIC.iri()));
        assertThat(dataset.getNamedModel(MuseumGraph.PUBLIC.iri()).size()).isEqualTo(store.size(MuseumGraph.PUBLIC));
    }

    @Test
    void an_unchanged_graph_keeps_its_dumps_even_across_restarts() {
        PublicDumps first = cache.current();
        clock.now = FIRST.plusSeconds(3600);
        assertThat(cache.current()).isEqualTo(first);
        assertThat(new DumpCache(store, directory.resolve("dumps"), clock).current()).isEqualTo(first);
        assertThat(first.generated()).isEqualTo(FIRST);
        assertThat(first.turtle().etag()).matches("\"[0-9a-f]{32}\"");
    }

    @Test
    void a_change_to_the_public_graph_rewrites_the_dumps() {
        PublicDumps first = cache.current();
        clock.now = FIRST.plusSeconds(60);
        Model more = ModelFactory.createDefaultModel();
        more.createResource(MuseumVocab.speciesIri("coptis-chinensis")).addProperty(MuseumVocab.NAME, "Coptis", "en");
        store.write(writer -> writer.add(MuseumGraph.PUBLIC, more));
        PublicDumps second = cache.current();
        assertThat(second.triples()).isEqualTo(first.triples() + 1);
        assertThat(second.generated()).isEqualTo(FIRST.plusSeconds(60));
        assertThat(second.turtle().etag()).isNotEqualTo(first.turtle().etag());
    }

    @Test
    void a_new_corpus_of_the_same_size_rewrites_the_dumps() {
        PublicDumps first = cache.current();
        Model audit = ModelFactory.createDefaultModel();
        audit.createResource(ChangeMarker.LOAD_STATE).addProperty(MuseumVocab.CORPUS_HASH, "hash-2");
        store.write(writer -> {
            writer.clear(MuseumGraph.AUDIT);
            writer.add(MuseumGraph.AUDIT, audit);
        });
        clock.now = FIRST.plusSeconds(60);
        assertThat(cache.current().marker()).isNotEqualTo(first.marker()).endsWith("corpus=hash-2");
    }

    @Test
    void a_change_to_the_restricted_graph_does_not() {
        PublicDumps first = cache.current();
        store.write(writer -> writer.clear(MuseumGraph.RESTRICTED));
        assertThat(cache.current()).isEqualTo(first);
    }

    private static InputStream gunzip(Path file) throws IOException {
        return new GZIPInputStream(Files.newInputStream(file));
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
