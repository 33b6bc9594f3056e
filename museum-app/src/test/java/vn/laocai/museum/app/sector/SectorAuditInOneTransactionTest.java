package vn.laocai.museum.app.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.ComponentHealth;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.GraphWriter;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/**
 * A staff save and its audit entry are one transaction of the real TDB2 store: when writing the
 * entry fails, the data the save had already written in that transaction is rolled back with it.
 */
class SectorAuditInOneTransactionTest {

    private static final String AREA = "https://w3id.org/laocai-herbs/id/area/bxt-yty-0002";
    private static final String CSV = """
            code,commune,area_ha,species,under_canopy,operator,name_vi,name_en,sample
            VN-LCI-BXT-YTY-0002,bat-xat-y-ty,11,ligusticum-chuanxiong,false,htx-mau-y-ty,,,
            """;

    @TempDir
    Path directory;

    @Test
    void a_failing_audit_write_leaves_the_data_unchanged_and_a_working_one_lands_with_the_data_in_one_write() {
        try (Tdb2GraphStore tdb2 = Tdb2GraphStore.open(directory)) {
            new ContentLoader(tdb2).load(PackagedCorpus.packaged());
            FailingAudit store = new FailingAudit(tdb2);
            SectorEditor editor = new SectorEditor(store, SectorStoreTest.CLOCK, PackagedCorpus::packaged);
            SectorTable areas = SectorTables.find("growing-areas").orElseThrow();
            List<SectorEditor.Row> rows = editor.preview(areas, SectorEditor.readCsv(new StringReader(CSV)));
            long publicTriples = tdb2.size(MuseumGraph.PUBLIC);
            long auditTriples = tdb2.size(MuseumGraph.AUDIT);

            store.failAudit = true;
            assertThatThrownBy(() -> editor.save(areas, rows, "can-bo", true)).hasMessageContaining("audit graph unavailable");

            assertThat(hectares(tdb2)).as("the corpus value, not the save's").containsExactly("8.0");
            assertThat(tdb2.size(MuseumGraph.STAFF)).isZero();
            assertThat(tdb2.size(MuseumGraph.PUBLIC)).isEqualTo(publicTriples);
            assertThat(tdb2.size(MuseumGraph.AUDIT)).isEqualTo(auditTriples);

            store.failAudit = false;
            store.writes.set(0);
            assertThat(editor.save(areas, rows, "can-bo", true)).isEqualTo(1);

            assertThat(store.writes).as("data and entry in one transaction").hasValue(1);
            assertThat(hectares(tdb2)).containsExactly("11.0");
            assertThat(new AuditLog(tdb2).latest(5)).extracting(AuditEvent::action, AuditEvent::subject)
                    .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.SECTOR_IMPORTED, "growing-areas"));
            assertThat(tdb2.select(MuseumGraph.AUDIT, QueryFactory.create(
                    "SELECT ?a WHERE { ?a <http://www.w3.org/ns/prov#generated> <" + AREA + "> }"), Map.of())).hasSize(1);
        }
    }

    private static List<String> hectares(GraphStore store) {
        return store.select(MuseumGraph.PUBLIC, QueryFactory.create("SELECT ?ha WHERE { <" + AREA + "> <https://w3id.org/laocai-herbs/ns#areaHa> ?ha }"),
                Map.of()).stream().map(row -> row.getLiteral("ha").getLexicalForm()).toList();
    }

    /** The real store, whose writer refuses additions to the audit graph while {@code failAudit} is set, as a full or broken store would. */
    private static final class FailingAudit implements GraphStore {

        private final GraphStore store;
        private final AtomicInteger writes = new AtomicInteger();
        private volatile boolean failAudit;

        FailingAudit(GraphStore store) {
            this.store = store;
        }

        @Override
        public void write(Consumer<GraphWriter> changes) {
            writes.incrementAndGet();
            store.write(writer -> changes.accept(new GraphWriter() {
                @Override
                public void add(MuseumGraph graph, Model triples) {
                    if (failAudit && graph == MuseumGraph.AUDIT) {
                        throw new IllegalStateException("audit graph unavailable");
                    }
                    writer.add(graph, triples);
                }

                @Override
                public void remove(MuseumGraph graph, Model triples) {
                    writer.remove(graph, triples);
                }

                @Override
                public void removeResource(MuseumGraph graph, Resource subject) {
                    writer.removeResource(graph, subject);
                }

                @Override
                public void clear(MuseumGraph graph) {
                    writer.clear(graph);
                }
            }));
        }

        @Override
        public List<QuerySolution> select(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings) {
            return store.select(graph, query, bindings);
        }

        @Override
        public Model construct(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings) {
            return store.construct(graph, query, bindings);
        }

        @Override
        public <T> T queryPublic(Query query, Duration timeout, Function<QueryExecution, T> reader) {
            return store.queryPublic(query, timeout, reader);
        }

        @Override
        public long size(MuseumGraph graph) {
            return store.size(graph);
        }

        @Override
        public ComponentHealth health() {
            return store.health();
        }

        @Override
        public void close() {
            // The test closes the real store.
        }
    }
}
