package vn.laocai.museum.app.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.app.stats.PlanProgressService;
import vn.laocai.museum.app.stats.Progress;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentFile;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** "Back to the corpus version": a dropped staff correction leaves the staff graph, the corpus's values return, and a reload keeps it so. */
class StaffCorrectionRevertTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC);
    private static final String AREA = "https://w3id.org/laocai-herbs/id/area/bxt-yty-0001";
    private static final String HEADER = "code,commune,area_ha,species,under_canopy,operator,name_vi,name_en,sample\n";

    @TempDir
    Path directory;

    @Test
    void a_dropped_hectares_correction_gives_the_corpus_value_back_to_the_graph_and_the_dashboard_and_a_reload_keeps_it_dropped() {
        List<ContentFile> corpus = PackagedCorpus.packaged();
        SectorTable areas = SectorTables.find("growing-areas").orElseThrow();
        try (Tdb2GraphStore store = Tdb2GraphStore.open(directory)) {
            new ContentLoader(store).load(corpus);
            AuditLog audit = new AuditLog(store);
            SectorEditor editor = new SectorEditor(store, CLOCK, () -> corpus);
            double corpusHectares = concentratedArea(store);
            editor.save(areas, editor.preview(areas, SectorEditor.readCsv(new StringReader(HEADER
                    + "VN-LCI-BXT-YTY-0001,bat-xat-y-ty,30,angelica-sinensis,false,htx-mau-y-ty,Vùng trồng mẫu VN-LCI-BXT-YTY-0001,"
                    + "Sample growing area VN-LCI-BXT-YTY-0001,true\n"))), "can-bo", false);
            assertThat(hectares(store)).containsExactly("30.0");
            assertThat(concentratedArea(store)).isEqualTo(corpusHectares + 17.5);
            long publicTriples = store.size(MuseumGraph.PUBLIC);

            assertThatThrownBy(() -> editor.revert(areas, AREA, "can-bo", " ")).as("a reason is required")
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(publicTriples);
            assertThat(editor.inCorpus(AREA)).isTrue();

            assertThat(editor.revert(areas, AREA, "can-bo", "Số liệu đo lại sai")).isEqualTo(SectorEditor.Reverted.TO_CORPUS);

            assertThat(hectares(store)).containsExactly("12.5");
            assertThat(concentratedArea(store)).isEqualTo(corpusHectares);
            assertThat(editor.editedByStaff(AREA)).isFalse();
            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(publicTriples);
            assertThat(audit.latest(5)).extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::subject, AuditEvent::detail)
                    .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.SECTOR_REVERTED, "can-bo", "growing-areas",
                            "growing-areas bxt-yty-0001: back to the corpus version; reason: Số liệu đo lại sai"));
            assertThatThrownBy(() -> editor.revert(areas, AREA, "can-bo", "again")).as("nothing of staff's is left to drop")
                    .isInstanceOf(IllegalArgumentException.class);
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.open(directory)) {
            ContentLoader loader = new ContentLoader(store);
            loader.loadIfChanged(corpus);
            loader.load(corpus.stream().map(file -> file.path().equals("sector/growing-areas.ttl")
                    ? new ContentFile(file.path(), file.text() + "\n# checked again\n") : file).toList());
            assertThat(hectares(store)).as("after a restart and a reload of the file").containsExactly("12.5");
        }
    }

    @Test
    void a_record_staff_added_is_deleted_when_its_entry_is_dropped() {
        List<ContentFile> corpus = PackagedCorpus.packaged();
        SectorTable areas = SectorTables.find("growing-areas").orElseThrow();
        try (Tdb2GraphStore store = Tdb2GraphStore.open(directory)) {
            new ContentLoader(store).load(corpus);
            SectorEditor editor = new SectorEditor(store, CLOCK, () -> corpus);
            long publicTriples = store.size(MuseumGraph.PUBLIC);
            editor.save(areas, editor.preview(areas, SectorEditor.readCsv(new StringReader(HEADER
                    + "VN-LCI-BXT-YTY-0007,bat-xat-y-ty,2,angelica-sinensis,false,htx-mau-y-ty,,,\n"))), "can-bo", false);
            String added = "https://w3id.org/laocai-herbs/id/area/bxt-yty-0007";
            assertThat(editor.inCorpus(added)).isFalse();

            assertThat(editor.revert(areas, added, "can-bo", "Nhập nhầm")).isEqualTo(SectorEditor.Reverted.DELETED);

            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(publicTriples);
            assertThat(store.size(MuseumGraph.STAFF)).isZero();
        }
    }

    private static List<String> hectares(GraphStore store) {
        return store.select(MuseumGraph.PUBLIC, QueryFactory.create("SELECT ?ha WHERE { <" + AREA + "> <https://w3id.org/laocai-herbs/ns#areaHa> ?ha }"),
                Map.of()).stream().map(row -> row.getLiteral("ha").getLexicalForm()).toList();
    }

    private static double concentratedArea(GraphStore store) {
        return new PlanProgressService(store).progress("vi").stream().filter(row -> row.indicator().equals("concentrated-area"))
                .map(Progress::value).findFirst().orElseThrow();
    }
}
