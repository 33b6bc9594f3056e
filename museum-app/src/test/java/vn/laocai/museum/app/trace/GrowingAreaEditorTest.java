package vn.laocai.museum.app.trace;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** Staff CSV import of growing areas on a real TDB2 store holding the shipped corpus: preview first, then all or nothing. */
class GrowingAreaEditorTest {

    private static final String HEADER = "code,commune,area_ha,species,under_canopy,operator,name_vi,name_en\n";

    @TempDir
    static Path directory;
    private static Tdb2GraphStore store;
    private static GrowingAreaEditor editor;

    @BeforeAll
    static void load() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        editor = new GrowingAreaEditor(store, Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void a_file_with_bad_rows_is_previewed_row_by_row_and_nothing_is_written() {
        String csv = HEADER
                + "VN-LCI-BXT-YTY-0003,bat-xat-y-ty,5.5,angelica-sinensis;ligusticum-chuanxiong,false,htx-mau-y-ty,Vùng mới,New area\n"
                + "VN-LCI-BXT-YTY-0001,bat-xat-y-ty,13,angelica-sinensis,false,htx-mau-y-ty,Vùng trồng mẫu VN-LCI-BXT-YTY-0001,Sample growing area VN-LCI-BXT-YTY-0001\n"
                + "VN-LCI-BXT-YTY-0002,bat-xat-y-ty,8.0,ligusticum-chuanxiong,false,htx-mau-y-ty,Vùng trồng mẫu VN-LCI-BXT-YTY-0002,Sample growing area VN-LCI-BXT-YTY-0002\n"
                + "VN-LCI-BXT-YTY-0000,bat-xat-y-ty,1,angelica-sinensis,false,htx-mau-y-ty,,\n"
                + "VN-LCI-BXT-XXX-0001,no-such-commune,1,angelica-sinensis,maybe,nobody,,\n"
                + "VN-LCI-BXT-YTY-0004,bat-xat-y-ty,-2,no-such-species,false,htx-mau-y-ty,,\n"
                + "VN-LCI-BXT-YTY-0003,bat-xat-y-ty,5.5,angelica-sinensis,false,htx-mau-y-ty,,\n";
        long before = areas();

        List<GrowingAreaEditor.Row> rows = editor.preview(GrowingAreaEditor.readCsv(new StringReader(csv)));

        assertThat(rows).extracting(GrowingAreaEditor.Row::change).containsExactly(GrowingAreaEditor.Change.NEW,
                GrowingAreaEditor.Change.CHANGED, GrowingAreaEditor.Change.UNCHANGED, GrowingAreaEditor.Change.ERROR,
                GrowingAreaEditor.Change.ERROR, GrowingAreaEditor.Change.ERROR, GrowingAreaEditor.Change.ERROR);
        assertThat(rows.get(1).changedFields()).containsExactly("area_ha");
        assertThat(rows.get(3).errors()).containsExactly("code: sequence 0000");
        assertThat(rows.get(4).errors()).containsExactly("commune: no commune no-such-commune",
                "under_canopy: true or false, not maybe", "operator: no organisation nobody");
        assertThat(rows.get(5).errors()).containsExactly("area_ha: not a positive number: -2", "species: no species no-such-species");
        assertThat(rows.get(6).errors()).containsExactly("code VN-LCI-BXT-YTY-0003 appears twice in the file");
        assertThat(rows).extracting(GrowingAreaEditor.Row::line).containsExactly(2, 3, 4, 5, 6, 7, 8);

        assertThatThrownBy(() -> editor.save(rows, "staff")).isInstanceOf(IllegalArgumentException.class);
        assertThat(areas()).isEqualTo(before);
    }

    @Test
    void a_clean_file_writes_new_and_changed_areas_in_one_go_with_an_audit_record() {
        String csv = HEADER
                + "VN-LCI-SPA-HRG-0002,sa-pa-ham-rong,7.25,cynara-scolymus,false,htx-mau-ham-rong,Vùng actiso mới,New artichoke area\n"
                + "VN-LCI-SMC-SCH-0001,si-ma-cai-san-chai,4.0,panax-notoginseng,true,htx-mau-san-chai,,\n";
        long before = areas();
        List<GrowingAreaEditor.Row> rows = editor.preview(GrowingAreaEditor.readCsv(new StringReader(csv)));
        assertThat(rows).extracting(GrowingAreaEditor.Row::change)
                .containsExactly(GrowingAreaEditor.Change.NEW, GrowingAreaEditor.Change.CHANGED);

        assertThat(editor.save(rows, "can-bo@laocai.example")).isEqualTo(2);

        assertThat(areas()).isEqualTo(before + 1);
        assertThat(editor.find("VN-LCI-SPA-HRG-0002")).hasValueSatisfying(area -> {
            assertThat(area.areaHa()).isEqualTo("7.25");
            assertThat(area.species()).containsExactly("cynara-scolymus");
        });
        assertThat(editor.find("VN-LCI-SMC-SCH-0001")).hasValueSatisfying(area -> {
            assertThat(area.underCanopy()).isEqualTo("true");
            assertThat(area.nameVi()).isNull();
        });
        assertThat(store.select(MuseumGraph.AUDIT, QueryFactory.create("""
                SELECT ?who WHERE { ?a <http://www.w3.org/ns/prov#wasAssociatedWith> ?who ;
                                       <http://www.w3.org/ns/prov#generated> <https://w3id.org/laocai-herbs/id/area/spa-hrg-0002> }"""),
                Map.of())).extracting(row -> row.getLiteral("who").getString()).containsExactly("can-bo@laocai.example");
        assertThat(editor.preview(GrowingAreaEditor.readCsv(new StringReader(csv))))
                .extracting(GrowingAreaEditor.Row::change).as("a second import changes nothing")
                .containsOnly(GrowingAreaEditor.Change.UNCHANGED);
    }

    private long areas() {
        return store.select(MuseumGraph.PUBLIC, QueryFactory.create(
                "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/laocai-herbs/ns#GrowingArea> }"), Map.of())
                .getFirst().getLiteral("n").getLong();
    }
}
