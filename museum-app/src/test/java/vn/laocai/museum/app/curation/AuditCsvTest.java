package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditCsv;
import vn.laocai.museum.app.curation.audit.AuditEvent;

class AuditCsvTest {

    @Test
    void entries_become_rows_under_a_header_quoted_where_needed() {
        String csv = AuditCsv.of(List.of(
                new AuditEvent(Instant.parse("2026-03-01T08:00:00Z"), AuditAction.ROLES_CHANGED, "admin", "hoa", "10.0.0.1",
                        "from roles: KEEPER; community: Dao to roles: KEEPER, REVIEWER")));
        assertThat(csv).isEqualTo("time,action,actor,subject,address,detail\r\n"
                + "2026-03-01T08:00:00Z,roles-changed,admin,hoa,10.0.0.1,\"from roles: KEEPER; community: Dao to roles: KEEPER, REVIEWER\"\r\n");
    }

    @Test
    void a_user_name_typed_as_a_formula_is_not_run_by_a_spreadsheet() {
        String csv = AuditCsv.of(List.of(new AuditEvent(Instant.parse("2026-03-01T08:00:00Z"), AuditAction.LOGIN_FAILED,
                "=HYPERLINK(\"http://example.org\")", "", "10.0.0.1", "")));
        assertThat(csv).contains(",login-failed,\"'=HYPERLINK(\"\"http://example.org\"\")\",,10.0.0.1,");
    }

    @Test
    void control_characters_and_overlong_text_are_cut_from_an_entry() {
        AuditEvent event = new AuditEvent(Instant.EPOCH, AuditAction.LOGIN_FAILED, "a\nb\u0000c" + "x".repeat(500), null, null, null);
        assertThat(event.actor()).startsWith("a b c").hasSize(200);
        assertThat(event.subject()).isEmpty();
    }
}
