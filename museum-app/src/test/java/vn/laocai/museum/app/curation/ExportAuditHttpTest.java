package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditLog;

/** Data exports over HTTP: an account's downloads are in the audit log with what and from where; a visitor's are not. */
class ExportAuditHttpTest extends CurationAppTestBase {

    @Autowired
    AuditLog audit;

    @Test
    void an_accounts_exports_are_audited_with_the_export_and_the_address() throws Exception {
        String staff = account("exporter", "", Role.STAFF);
        HttpSession session = login(staff, PASSWORD);
        assertThat(session.loggedIn()).isTrue();
        assertThat(session.get("/exports/dwca.zip").statusCode()).isEqualTo(200);
        assertThat(session.get("/stats/report.pdf").statusCode()).isEqualTo(200);

        // The entry is written once the export has been served: the client may read it before the server is done.
        List<AuditEvent> exports = exportsBy(staff, 2);
        assertThat(exports).extracting(AuditEvent::detail).containsExactlyInAnyOrder("/exports/dwca.zip", "/stats/report.pdf");
        assertThat(exports).allSatisfy(event -> assertThat(event.address()).isEqualTo("127.0.0.1"));
    }

    @Test
    void a_failed_export_and_a_visitors_download_leave_no_entry() throws Exception {
        String curator = account("no-export", "", Role.CURATOR);
        HttpSession session = login(curator, PASSWORD);
        assertThat(session.get("/dumps/not-a-dump.ttl").statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = HttpSession.anonymous(http, url("")).get("/exports/dwca.zip");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        // A later export of the account marks the point by which the two above would have been written.
        assertThat(session.get("/exports/dwca.zip").statusCode()).isEqualTo(200);

        assertThat(exportsBy(curator, 1)).extracting(AuditEvent::detail).containsExactly("/exports/dwca.zip");
        assertThat(audit.latest(10_000)).noneSatisfy(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.DATA_EXPORTED);
            assertThat(event.actor()).isEmpty();
        });
    }

    private List<AuditEvent> exportsBy(String account) {
        return audit.latest(10_000).stream()
                .filter(event -> event.action() == AuditAction.DATA_EXPORTED && event.actor().equals(account))
                .toList();
    }

    /** The account's export entries once there are at least {@code count} of them, or what there is after ten seconds. */
    private List<AuditEvent> exportsBy(String account, int count) throws InterruptedException {
        List<AuditEvent> found = exportsBy(account);
        for (int tries = 0; found.size() < count && tries < 100; tries++) {
            Thread.sleep(100);
            found = exportsBy(account);
        }
        return found;
    }
}
