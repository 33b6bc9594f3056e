package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.RemedyCsv;

/** {@code /curation/remedies.csv} over HTTP: curators and reviewers get every remedy, others are turned away. */
class RemedyCsvExportHttpTest extends CurationAppTestBase {

    @Test
    void anonymous_visitors_are_sent_to_the_login() throws Exception {
        HttpResponse<String> response = HttpSession.anonymous(http, url("")).get("/curation/remedies.csv");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void other_roles_are_refused() throws Exception {
        for (Role role : List.of(Role.KEEPER, Role.STAFF, Role.ADMIN)) {
            HttpSession other = login(account("csv-other", "Dao", role), PASSWORD);
            assertThat(other.loggedIn()).isTrue();
            assertThat(other.get("/curation/remedies.csv").statusCode()).as(role.name()).isEqualTo(403);
        }
    }

    @Test
    void curators_and_reviewers_download_every_remedy_as_utf8_with_a_bom() throws Exception {
        for (Role role : List.of(Role.CURATOR, Role.REVIEWER)) {
            HttpSession staff = login(account("csv-staff", "Dao", role), PASSWORD);
            HttpResponse<String> response = staff.get("/curation/remedies.csv");
            assertThat(response.statusCode()).as(role.name()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains("museum-remedies.csv");
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
            String body = response.body();
            assertThat(body).startsWith("\uFEFF" + String.join(",", RemedyCsv.COLUMNS) + "\r\n");
            // Vietnamese comes through as written, and ingredients use the species' slugs.
            assertThat(body).contains("panax-notoginseng:").containsPattern("[ăâđêôơư]");
        }
    }
}
