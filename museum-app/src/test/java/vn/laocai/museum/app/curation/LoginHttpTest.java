package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditLog;

/** Logging in over HTTP through the login form's own endpoint: sessions, cookies, throttle, audit. */
class LoginHttpTest extends CurationAppTestBase {

    @Autowired
    AuditLog audit;

    @Test
    void the_first_admin_comes_from_the_environment_and_logs_in() throws Exception {
        HttpSession admin = login(ADMIN, ADMIN_PASSWORD);
        assertThat(admin.loggedIn()).as("login answered %s", admin.loginResponse().headers().map()).isTrue();
        assertThat(admin.loginResponse().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/curation"));
        HttpResponse<String> session = admin.get("/curation/session");
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).contains("\"username\":\"" + ADMIN + "\"").contains("\"ADMIN\"");
    }

    @Test
    void a_wrong_password_goes_back_to_the_login_form_with_an_error() throws Exception {
        String name = account("wrong", "", Role.CURATOR);
        HttpSession session = login(name, "not the password at all");
        assertThat(session.loggedIn()).isFalse();
        assertThat(session.loginResponse().statusCode()).isEqualTo(302);
        assertThat(session.loginResponse().headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(session.get("/curation/session").statusCode()).isEqualTo(302);
    }

    @Test
    void the_session_id_changes_at_login() throws Exception {
        String name = account("fixation", "", Role.CURATOR);
        HttpSession session = HttpSession.anonymous(http, url(""));
        // A protected page remembers where to return to: that starts an anonymous session.
        assertThat(session.get("/curation").statusCode()).isEqualTo(302);
        String before = session.sessionId();
        assertThat(before).isNotNull();
        HttpResponse<String> login = session.postForm("/login", "username=" + name + "&password=" + HttpSession.enc(PASSWORD));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(session.get("/curation/session").statusCode()).isEqualTo(200);
        assertThat(HttpSession.anonymous(http, url("")).get("/curation/session", "Cookie", "JSESSIONID=" + before).statusCode())
                .as("the old id is no longer logged in").isEqualTo(302);
    }

    @Test
    void the_session_cookie_is_http_only_same_site_lax_and_secure() throws Exception {
        HttpSession admin = login(ADMIN, ADMIN_PASSWORD);
        String cookie = HttpSession.sessionCookie(admin.loginResponse()).orElseThrow();
        assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax").containsIgnoringCase("; Secure");
    }

    @Test
    void an_account_is_locked_after_five_failures_and_unlocked_after_the_window() throws Exception {
        String name = account("locked", "", Role.CURATOR);
        for (int i = 0; i < 5; i++) {
            assertThat(login(name, "wrong password " + i).loggedIn()).isFalse();
        }
        assertThat(login(name, PASSWORD).loggedIn()).as("locked: even the right password is refused").isFalse();
        clock.advance(Duration.ofMinutes(14));
        assertThat(login(name, PASSWORD).loggedIn()).as("still locked after 14 minutes").isFalse();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(login(name, PASSWORD).loggedIn()).as("unlocked after 15 minutes").isTrue();
        assertThat(audit.latest(200)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.LOGIN_LOCKED);
            assertThat(event.actor()).isEqualTo(name);
        });
    }

    @Test
    void one_address_is_locked_after_twenty_failures_whatever_the_accounts() throws Exception {
        String name = account("address", "", Role.CURATOR);
        try {
            for (int i = 0; i < 20; i++) {
                assertThat(login("nobody-" + i, "guess " + i).loggedIn()).isFalse();
            }
            assertThat(login(name, PASSWORD).loggedIn()).as("this address is locked").isFalse();
        } finally {
            clock.advance(Duration.ofMinutes(16));
        }
        assertThat(login(name, PASSWORD).loggedIn()).isTrue();
    }

    @Test
    void logins_and_failures_are_in_the_audit_log() throws Exception {
        String name = account("audited", "", Role.REVIEWER);
        login(name, "wrong password here");
        login(name, PASSWORD);
        var events = audit.latest(500);
        assertThat(events).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.LOGIN_FAILED);
            assertThat(event.actor()).isEqualTo(name);
            assertThat(event.address()).isEqualTo("127.0.0.1");
        });
        assertThat(events).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.LOGIN_SUCCEEDED);
            assertThat(event.actor()).isEqualTo(name);
        });
        assertThat(events).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ACCOUNT_CREATED);
            assertThat(event.subject()).isEqualTo(name);
            assertThat(event.detail()).contains("REVIEWER");
        });
    }
}
