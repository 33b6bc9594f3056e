package vn.laocai.museum.app.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.curation.CurationAppTestBase;
import vn.laocai.museum.app.curation.HttpSession;
import vn.laocai.museum.app.curation.account.Role;

/** The staff tables over HTTP in the whole museum: who reaches them, and what the dashboard's report makes of a staff row. */
class SectorStaffHttpTest extends CurationAppTestBase {

    private static final List<String> PAGES = List.of("/staff/organisations", "/staff/certifications", "/staff/ocop-products",
            "/staff/yearly-output", "/staff/market-prices", "/staff/growing-areas");

    @Autowired
    SectorEditor editor;

    @Test
    void anonymous_visitors_are_sent_to_the_login() throws Exception {
        for (String page : PAGES) {
            HttpResponse<String> response = HttpSession.anonymous(http, url("")).get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
        }
    }

    @Test
    void a_curator_or_an_admin_without_the_staff_role_is_refused_and_staff_get_every_table() throws Exception {
        HttpSession curator = login(account("sector-curator", "", Role.CURATOR), PASSWORD);
        HttpSession admin = login(ADMIN, ADMIN_PASSWORD);
        HttpSession staff = login(account("sector-staff", "", Role.STAFF), PASSWORD);
        for (String page : PAGES) {
            assertThat(curator.get(page).statusCode()).as(page).isEqualTo(404);
            assertThat(admin.get(page).statusCode()).as(page).isEqualTo(404);
            assertThat(staff.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void rows_entered_by_staff_change_the_six_monthly_reports_tables() throws Exception {
        double tonnes = tonnes2025();
        int certifications = newCertifications();

        SectorTable output = SectorTables.find("yearly-output").orElseThrow();
        List<SectorEditor.Row> rows = editor.preview(output, SectorEditor.readCsv(new StringReader("""
                species,commune,year,tonnes,hectares
                codonopsis-javanica,bac-ha-ta-van-chu,2025,100,20
                """)));
        assertThat(editor.save(output, rows, "can-bo", true)).isEqualTo(1);
        SectorTable certificates = SectorTables.find("certifications").orElseThrow();
        rows = editor.preview(certificates, SectorEditor.readCsv(new StringReader("""
                number,kind,holder,growing_area,valid_from,valid_to
                GACP-LCI-2026-21,gacp-who,htx-mau-y-ty,bxt-yty-0002,2026-07-01,2031-06-30
                """)));
        assertThat(editor.save(certificates, rows, "can-bo", true)).isEqualTo(1);

        assertThat(tonnes2025()).isCloseTo(tonnes + 100, org.assertj.core.data.Offset.offset(0.05));
        assertThat(newCertifications()).isEqualTo(certifications + 1);
    }

    private double tonnes2025() throws Exception {
        return csv("/stats/report-years.csv").stream().filter(row -> row.get("year").equals("2025")).findFirst()
                .map(row -> Double.parseDouble(row.get("output_t"))).orElseThrow();
    }

    private int newCertifications() throws Exception {
        return csv("/stats/report-targets.csv").stream().filter(row -> row.get("indicator").equals("new-certifications")).findFirst()
                .map(row -> (int) Double.parseDouble(row.get("value"))).orElseThrow();
    }

    private List<CSVRecord> csv(String path) throws Exception {
        HttpResponse<String> response = HttpSession.anonymous(http, url("")).get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(response.body())).getRecords();
    }
}
