package vn.laocai.museum.app.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.sector.SectorEditor.Change;
import vn.laocai.museum.app.stats.PlanProgressService;
import vn.laocai.museum.app.stats.SectorFigures;
import vn.laocai.museum.ontology.MuseumGraph;

/** The staff tables on a real TDB2 store holding the shipped corpus: each row checked and previewed, then all or nothing. */
class SectorEditorTest extends SectorStoreTest {

    /** Bad rows are shown with their faults by field and block the whole file, which writes nothing. */
    @Nested
    class BadRows {

        @Test
        void organisations_need_a_known_kind_and_place_and_unique_ids() {
            List<SectorEditor.Row> rows = preview("organisations", """
                    id,name_vi,name_en,kind,commune,sample
                    htx-moi-y-ty,Hợp tác xã mới Y Tý,New cooperative,cooperative,bat-xat-y-ty,
                    htx-mau-y-ty,Hợp tác xã dược liệu mẫu Y Tý,"Sample herb cooperative, Y Tý",cooperative,bat-xat-y-ty,true
                    Bad Id,,,club,no-such-place,maybe
                    htx-moi-y-ty,Trùng,,enterprise,,
                    """);
            assertThat(rows).extracting(SectorEditor.Row::change).containsExactly(Change.NEW, Change.UNCHANGED, Change.ERROR, Change.ERROR);
            assertThat(rows.get(2).errors()).containsExactly(FieldError.of("id", "slug", "Bad Id"), FieldError.of("name_vi", "required"),
                    FieldError.of("kind", "choice", "club", "enterprise, cooperative, certifier, authority"),
                    FieldError.of("commune", "unknown", "no-such-place"), FieldError.of("sample", "boolean", "maybe"));
            assertThat(rows.get(3).errors()).containsExactly(FieldError.of("id", "duplicate", "htx-moi-y-ty"));
            assertThat(rows).extracting(SectorEditor.Row::line).containsExactly(2, 3, 4, 5);
            assertNothingWrittenBy("organisations", rows);
        }

        @Test
        void certifications_end_after_they_start_and_point_at_known_areas_and_holders() {
            List<SectorEditor.Row> rows = preview("certifications", """
                    number,kind,holder,growing_area,issuer,valid_from,valid_to,sample
                    GACP-2026-07,gacp-who,htx-mau-y-ty,bxt-yty-0001,to-chuc-mau-chung-nhan,2026-06-01,2026-01-01,
                    ORG-2026-01,organic,nobody,no-such-area,,2026-02-30,2031-01-01,
                    ,ocop,htx-mau-y-ty,bxt-yty-0001,,,,
                    """);
            assertThat(rows).extracting(SectorEditor.Row::change).containsOnly(Change.ERROR);
            assertThat(rows.get(0).errors()).containsExactly(FieldError.of("valid_to", "dateOrder", "2026-06-01"));
            assertThat(rows.get(1).errors()).containsExactly(FieldError.of("holder", "unknown", "nobody"),
                    FieldError.of("growing_area", "unknown", "no-such-area"), FieldError.of("valid_from", "date", "2026-02-30"));
            assertThat(rows.get(2).errors()).containsExactly(FieldError.of("number", "required"),
                    FieldError.of("kind", "choice", "ocop", "gacp-who, organic, fsc"), FieldError.of("valid_from", "required"),
                    FieldError.of("valid_to", "required"));
            assertNothingWrittenBy("certifications", rows);
        }

        @Test
        void ocop_products_have_three_to_five_stars_a_known_producer_and_both_certificate_dates() {
            List<SectorEditor.Row> rows = preview("ocop-products", """
                    id,name_vi,name_en,stars,producer,place,certificate,certified_from,certified_to,source_title,source_url
                    tra-moi,Trà mới,New tea,7,nobody,bac-ha,,2026-01-01,,Nguồn,ftp://x
                    tra-moi-2,Trà mới 2,,2,htx-mau-y-ty,,OCOP-1,,2029-01-01,,https://laocai.gov.vn
                    """);
            assertThat(rows.get(0).errors()).containsExactly(FieldError.of("stars", "range", "7", "3", "5"),
                    FieldError.of("producer", "unknown", "nobody"), FieldError.of("certified_to", "required"),
                    FieldError.of("source_url", "url", "ftp://x"));
            assertThat(rows.get(1).errors()).containsExactly(FieldError.of("name_en", "required"), FieldError.of("stars", "range", "2", "3", "5"),
                    FieldError.of("certified_from", "required"), FieldError.of("source_title", "required"));
            assertNothingWrittenBy("ocop-products", rows);
        }

        @Test
        void yearly_output_is_never_negative_and_of_a_known_species_commune_and_year() {
            List<SectorEditor.Row> rows = preview("yearly-output", """
                    species,commune,year,tonnes,hectares
                    angelica-sinensis,bat-xat-y-ty,2026,-1,abc
                    no-such-species,sa-pa,26,1,1
                    """);
            assertThat(rows.get(0).errors()).containsExactly(FieldError.of("tonnes", "negative", "-1"), FieldError.of("hectares", "number", "abc"));
            assertThat(rows.get(1).errors()).containsExactly(FieldError.of("species", "unknown", "no-such-species"),
                    FieldError.of("commune", "unknown", "sa-pa"), FieldError.of("year", "year", "26"));
            assertNothingWrittenBy("yearly-output", rows);
        }

        @Test
        void a_price_of_zero_passes_the_field_checks_but_not_the_museums_shapes() {
            List<SectorEditor.Row> rows = preview("market-prices", """
                    species,part,date,vnd_per_kg,market
                    cinnamomum-cassia,bark,2026-10-01,0,Chợ Văn Yên
                    cinnamomum-cassia,petal,2026-10-01,45000,
                    """);
            assertThat(rows.get(0).errors()).hasSize(1).first().satisfies(error -> {
                assertThat(error.field()).isEqualTo("vnd_per_kg");
                assertThat(error.code()).isEqualTo("shape");
                assertThat(error.args()).containsExactly("Mỗi mức giá có đúng một số tiền (xsd:decimal lớn hơn 0).",
                        "A price has exactly one amount (xsd:decimal above 0).");
            });
            assertThat(rows.get(1).errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("part", "choice"));
            assertNothingWrittenBy("market-prices", rows);
        }
    }

    @Test
    void a_clean_file_writes_real_records_in_one_go_with_an_audit_entry_and_a_second_import_changes_nothing() {
        String csv = """
                id,name_vi,name_en,stars,producer,place,certificate,certified_from,certified_to,source_title,source_url,sample
                cao-tam-that-moi,Cao tam thất Si Ma Cai,Si Ma Cai notoginseng extract,4,htx-mau-san-chai,si-ma-cai,OCOP-LCI-2026-09,2026-09-01,2029-08-31,Quyết định công nhận OCOP,https://laocai.gov.vn/ocop,
                mau-tra-la-tam-that,Trà lá tam thất (sản phẩm mẫu),Notoginseng leaf tea (sample product),3,htx-mau-san-chai,si-ma-cai,,,,,,true
                """;
        List<SectorEditor.Row> rows = preview("ocop-products", csv);
        assertThat(rows).as(() -> rows.stream().map(SectorEditor.Row::errors).toList().toString()).extracting(SectorEditor.Row::change).containsExactly(Change.NEW, Change.CHANGED);
        assertThat(rows.get(1).changedFields()).containsExactly("stars", "producer");

        assertThat(editor.save(table("ocop-products"), rows, "can-bo", true)).isEqualTo(2);

        assertThat(ask(MuseumGraph.PUBLIC, """
                { <https://w3id.org/laocai-herbs/id/ocop/cao-tam-that-moi> <https://w3id.org/laocai-herbs/ns#ocopRating> ?stars ;
                        <https://schema.org/manufacturer> <https://w3id.org/laocai-herbs/id/org/htx-mau-san-chai> .
                      ?c <https://schema.org/about> <https://w3id.org/laocai-herbs/id/ocop/cao-tam-that-moi> ;
                         <https://schema.org/validFrom> "2026-09-01"^^<http://www.w3.org/2001/XMLSchema#date> .
                      <https://w3id.org/laocai-herbs/id/ocop/cao-tam-that-moi> <http://purl.org/dc/terms/source>/<https://schema.org/url> <https://laocai.gov.vn/ocop> .
                      FILTER(?stars = 4)
                      FILTER NOT EXISTS { <https://w3id.org/laocai-herbs/id/ocop/cao-tam-that-moi> <http://purl.org/dc/terms/type> ?any } }"""))
                .as("entered without 'sample': real data").isTrue();
        assertThat(ask(MuseumGraph.PUBLIC, """
                { <https://w3id.org/laocai-herbs/id/ocop/mau-tra-la-tam-that> <https://w3id.org/laocai-herbs/ns#ocopRating> "3"^^<http://www.w3.org/2001/XMLSchema#int> ;
                        <http://purl.org/dc/terms/type> <https://w3id.org/laocai-herbs/ns#SampleData> ;
                        <http://purl.org/dc/terms/source> ?source .
                  ?source <https://schema.org/url> ?url ; <http://purl.org/dc/terms/title> ?title }""")).as("sample kept, the cited source too").isTrue();
        assertThat(audit.latest(20)).filteredOn(event -> event.action() == AuditAction.SECTOR_IMPORTED)
                .extracting(AuditEvent::actor, AuditEvent::subject, AuditEvent::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("can-bo", "ocop-products",
                        "ocop-products: 1 new, 1 changed: cao-tam-that-moi mau-tra-la-tam-that"));
        assertThat(preview("ocop-products", csv)).extracting(SectorEditor.Row::change).containsOnly(Change.UNCHANGED);
        assertThat(preview("ocop-products", csv)).allMatch(SectorEditor.Row::editedByStaff);
    }

    @Test
    void an_output_row_entered_by_staff_counts_in_the_dashboards_yearly_totals() {
        PlanProgressService progress = new PlanProgressService(store);
        SectorFigures.YearTotal before = progress.outputByYear().stream().filter(year -> year.year() == 2025).findFirst().orElseThrow();
        List<SectorEditor.Row> rows = preview("yearly-output", """
                species,commune,year,tonnes,hectares,sample
                panax-notoginseng,bat-xat-y-ty,2025,12.5,3,false
                """);
        assertThat(rows).extracting(SectorEditor.Row::change).containsExactly(Change.NEW);

        editor.save(table("yearly-output"), rows, "can-bo", true);

        SectorFigures.YearTotal after = progress.outputByYear().stream().filter(year -> year.year() == 2025).findFirst().orElseThrow();
        assertThat(after.tonnes()).isCloseTo(before.tonnes() + 12.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(after.areaHa()).isCloseTo(before.areaHa() + 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(after.samples()).as("the staff row is not sample data").isEqualTo(before.samples());
    }

    @Test
    void a_form_row_is_line_one_and_a_stored_record_opens_with_its_values() {
        SectorEditor.Row row = editor.check(table("organisations"), Map.of("id", "htx-mau-y-ty", "name_vi", "", "kind", "cooperative"));
        assertThat(row.line()).isEqualTo(1);
        assertThat(row.errors()).containsExactly(FieldError.of("name_vi", "required"));
        assertThat(editor.find(table("organisations"), Map.of("id", "htx-mau-y-ty"))).hasValueSatisfying(values -> {
            assertThat(values).containsEntry("name_vi", "Hợp tác xã dược liệu mẫu Y Tý").containsEntry("kind", "cooperative")
                    .containsEntry("commune", "bat-xat-y-ty").containsEntry("sample", "true");
        });
    }

    private static void assertNothingWrittenBy(String key, List<SectorEditor.Row> rows) {
        long publicTriples = store.size(MuseumGraph.PUBLIC);
        long staffTriples = store.size(MuseumGraph.STAFF);
        assertThatThrownBy(() -> editor.save(table(key), rows, "staff", true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(publicTriples);
        assertThat(store.size(MuseumGraph.STAFF)).isEqualTo(staffTriples);
    }
}
