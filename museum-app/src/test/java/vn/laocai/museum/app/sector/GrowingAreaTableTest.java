package vn.laocai.museum.app.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.sector.SectorEditor.Change;
import vn.laocai.museum.ontology.MuseumGraph;

/** Growing areas as one of the staff tables, on a real TDB2 store holding the shipped corpus: preview first, then all or nothing. */
class GrowingAreaTableTest extends SectorStoreTest {

    private static final String HEADER = "code,commune,area_ha,species,under_canopy,operator,name_vi,name_en,sample\n";

    @Test
    void a_file_with_bad_rows_is_previewed_row_by_row_with_each_fault_at_its_field_and_nothing_is_written() {
        List<SectorEditor.Row> rows = preview(GrowingAreaTable.KEY, HEADER
                + "VN-LCI-BXT-YTY-0003,bat-xat-y-ty,5.5,angelica-sinensis;ligusticum-chuanxiong,false,htx-mau-y-ty,Vùng mới,New area,\n"
                + "VN-LCI-BXT-YTY-0001,bat-xat-y-ty,13,angelica-sinensis,false,htx-mau-y-ty,Vùng trồng mẫu VN-LCI-BXT-YTY-0001,Sample growing area VN-LCI-BXT-YTY-0001,true\n"
                + "VN-LCI-BXT-YTY-0002,bat-xat-y-ty,8.0,ligusticum-chuanxiong,false,htx-mau-y-ty,Vùng trồng mẫu VN-LCI-BXT-YTY-0002,Sample growing area VN-LCI-BXT-YTY-0002,true\n"
                + "VN-LCI-BXT-YTY-0000,bat-xat-y-ty,1,angelica-sinensis,false,htx-mau-y-ty,,,\n"
                + "VN-LCI-BXT-XXX-0001,no-such-commune,1,angelica-sinensis,maybe,nobody,,,\n"
                + "VN-LCI-BXT-YTY-0004,bat-xat-y-ty,-2,no-such-species;angelica-sinensis,false,htx-mau-y-ty,,,\n"
                + "VN-LCI-BXT-YTY-0003,bat-xat-y-ty,5.5,angelica-sinensis,false,htx-mau-y-ty,,,\n"
                + "BXT-YTY-3,bat-xat-y-ty,1,,false,htx-mau-y-ty,,,\n");

        assertThat(rows).extracting(SectorEditor.Row::change).containsExactly(Change.NEW, Change.CHANGED, Change.UNCHANGED,
                Change.ERROR, Change.ERROR, Change.ERROR, Change.ERROR, Change.ERROR);
        assertThat(rows.get(1).changedFields()).containsExactly("area_ha");
        assertThat(rows.get(3).errors()).containsExactly(FieldError.of("code", "areaCodeSequence", "VN-LCI-BXT-YTY-0000"));
        assertThat(rows.get(4).errors()).containsExactly(FieldError.of("commune", "unknown", "no-such-commune"),
                FieldError.of("under_canopy", "boolean", "maybe"), FieldError.of("operator", "unknown", "nobody"));
        assertThat(rows.get(5).errors()).containsExactly(FieldError.of("area_ha", "negative", "-2"),
                FieldError.of("species", "unknown", "no-such-species"));
        assertThat(rows.get(6).errors()).containsExactly(FieldError.of("code", "duplicate", "VN-LCI-BXT-YTY-0003"));
        assertThat(rows.get(7).errors()).containsExactly(FieldError.of("species", "required"),
                FieldError.of("code", "areaCode", "BXT-YTY-3"));
        assertThat(rows).extracting(SectorEditor.Row::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);

        long before = store.size(MuseumGraph.PUBLIC);
        assertThatThrownBy(() -> editor.save(table(GrowingAreaTable.KEY), rows, "staff", true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(before);
    }

    @Test
    void an_area_of_zero_hectares_passes_the_field_check_but_not_the_museums_shapes() {
        List<SectorEditor.Row> rows = preview(GrowingAreaTable.KEY, HEADER
                + "VN-LCI-BXT-YTY-0009,bat-xat-y-ty,0,angelica-sinensis,false,htx-mau-y-ty,,,\n");
        assertThat(rows.getFirst().errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("area_ha", "shape"));
    }

    @Test
    void a_clean_file_writes_new_and_changed_areas_in_one_go_with_an_audit_entry_and_a_second_import_changes_nothing() {
        String csv = HEADER
                + "VN-LCI-SPA-HRG-0002,sa-pa-ham-rong,7.25,cynara-scolymus,false,htx-mau-ham-rong,Vùng actiso mới,New artichoke area,\n"
                + "VN-LCI-SMC-SCH-0001,si-ma-cai-san-chai,4.0,panax-notoginseng,true,htx-mau-san-chai,,,\n";
        int before = count(MuseumGraph.PUBLIC, "{ ?a a <https://w3id.org/laocai-herbs/ns#GrowingArea> }");
        List<SectorEditor.Row> rows = preview(GrowingAreaTable.KEY, csv);
        assertThat(rows).extracting(SectorEditor.Row::change).containsExactly(Change.NEW, Change.CHANGED);

        assertThat(editor.save(table(GrowingAreaTable.KEY), rows, "can-bo@laocai.example", true)).isEqualTo(2);

        assertThat(count(MuseumGraph.PUBLIC, "{ ?a a <https://w3id.org/laocai-herbs/ns#GrowingArea> }")).isEqualTo(before + 1);
        assertThat(editor.find(table(GrowingAreaTable.KEY), Map.of("code", "VN-LCI-SPA-HRG-0002"))).hasValueSatisfying(area -> {
            assertThat(area).containsEntry("iri", "https://w3id.org/laocai-herbs/id/area/spa-hrg-0002").containsEntry("area_ha", "7.25")
                    .containsEntry("species", "cynara-scolymus").containsEntry("sample", "false");
        });
        assertThat(editor.find(table(GrowingAreaTable.KEY), Map.of("code", "VN-LCI-SMC-SCH-0001"))).hasValueSatisfying(area -> {
            assertThat(area).containsEntry("under_canopy", "true").containsEntry("name_vi", "");
        });
        assertThat(ask(MuseumGraph.STAFF, "{ <https://w3id.org/laocai-herbs/id/area/spa-hrg-0002> ?p ?o }")).as("kept in the staff graph").isTrue();
        assertThat(audit.latest(20)).filteredOn(event -> event.action() == AuditAction.SECTOR_IMPORTED)
                .extracting(AuditEvent::actor, AuditEvent::subject).contains(org.assertj.core.groups.Tuple.tuple("can-bo@laocai.example", "growing-areas"));
        assertThat(preview(GrowingAreaTable.KEY, csv)).as("a second import changes nothing").extracting(SectorEditor.Row::change)
                .containsOnly(Change.UNCHANGED);
    }

    @Test
    void several_species_read_back_in_one_cell_whatever_their_order() {
        assertThat(editor.find(table(GrowingAreaTable.KEY), Map.of("code", "VN-LCI-BXT-TRT-0001")))
                .hasValueSatisfying(area -> assertThat(area).containsEntry("species", "angelica-sinensis;ligusticum-chuanxiong"));
        assertThat(preview(GrowingAreaTable.KEY, HEADER + "VN-LCI-BXT-TRT-0001,bat-xat-trinh-tuong,15,ligusticum-chuanxiong; angelica-sinensis,"
                + "false,htx-mau-trinh-tuong,Vùng trồng mẫu VN-LCI-BXT-TRT-0001,Sample growing area VN-LCI-BXT-TRT-0001,true\n"))
                .extracting(SectorEditor.Row::change).containsExactly(Change.UNCHANGED);
    }
}
