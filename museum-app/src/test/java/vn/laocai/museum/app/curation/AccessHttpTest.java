package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.base.ui.MediaUrls;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.app.curation.account.AccountService;
import vn.laocai.museum.app.curation.account.Role;

/** Who reaches what over HTTP: the public site as before, curation behind the login, the audit export for admins. */
class AccessHttpTest extends CurationAppTestBase {

    @Autowired
    SpeciesCatalog catalog;

    private static final String QUERY = URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8);

    @Test
    void anonymous_visitors_reach_every_public_route_without_a_login() throws Exception {
        HttpSession visitor = HttpSession.anonymous(http, url(""));
        for (String path : List.of("/", "/species/panax-notoginseng", "/remedies", "/stories", "/knowledge", "/search?q=tam",
                "/sparql-editor", "/sparql?query=" + QUERY, "/sparql", "/api/search?q=tam", "/api/suggest?q=tam",
                "/dumps/museum-public.ttl.gz", "/dumps/museum-public.nq.gz", "/exports/dwca.zip", "/.well-known/void",
                "/cards/species/panax-notoginseng", "/qr/species/panax-notoginseng.svg", "/qr/species/panax-notoginseng.png",
                "/robots.txt", "/sitemap.xml", "/favicon.svg", "/actuator/health", "/login",
                "/id/species/panax-notoginseng.ttl", "/ns")) {
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
        assertThat(visitor.get("/id/species/panax-notoginseng", "Accept", "text/html").statusCode()).isEqualTo(303);
        String image = MediaUrls.of(catalog.list("vi").stream().flatMap(species -> species.image().stream()).findFirst().orElseThrow());
        assertThat(visitor.get(image).statusCode()).as(image).isEqualTo(200);
    }

    @Test
    void public_answers_keep_their_own_caching() throws Exception {
        HttpSession visitor = HttpSession.anonymous(http, url(""));
        assertThat(visitor.get("/api/search?q=tam").headers().firstValue("Cache-Control").orElse("")).contains("max-age=60");
        assertThat(visitor.get("/styles/museum.css").headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
        assertThat(visitor.get("/favicon.svg").headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
        HttpSession admin = login(ADMIN, ADMIN_PASSWORD);
        assertThat(admin.get("/curation/session").headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void sparql_queries_are_posted_without_a_csrf_token() throws Exception {
        HttpSession visitor = HttpSession.anonymous(http, url(""));
        assertThat(visitor.postForm("/sparql", "query=" + QUERY).statusCode()).isEqualTo(200);
        assertThat(visitor.post("/sparql", "application/sparql-query", "ASK { ?s ?p ?o }").statusCode()).isEqualTo(200);
        assertThat(visitor.post("/sparql", "application/sparql-update", "CLEAR ALL").statusCode()).isEqualTo(405);
    }

    @Test
    void anonymous_requests_for_curation_are_sent_to_the_login() throws Exception {
        for (String path : List.of("/curation", "/curation/accounts", "/curation/audit", "/curation/audit.csv", "/curation/session")) {
            HttpResponse<String> response = HttpSession.anonymous(http, url("")).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
    }

    @Test
    void the_audit_export_is_for_admins_only() throws Exception {
        for (Role role : List.of(Role.CURATOR, Role.REVIEWER, Role.KEEPER, Role.STAFF)) {
            HttpSession other = login(account("not-admin", "Dao", role), PASSWORD);
            assertThat(other.loggedIn()).isTrue();
            assertThat(other.get("/curation/audit.csv").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.get("/curation").statusCode()).as(role.name()).isEqualTo(200);
        }
        HttpSession admin = login(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> csv = admin.get("/curation/audit.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(csv.body()).startsWith("time,action,actor,subject,address,detail\r\n").contains(",login-succeeded," + ADMIN + ",");
    }

    @Test
    void a_post_without_its_csrf_token_is_refused() throws Exception {
        HttpSession curator = login(account("csrf", "", Role.CURATOR), PASSWORD);
        assertThat(curator.postForm("/logout", "").statusCode()).isEqualTo(403);
        assertThat(curator.post("/curation/session/logout-everywhere", "application/json", "{}").statusCode()).isEqualTo(403);
        assertThat(curator.get("/curation/session").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void logout_everywhere_ends_every_session_of_the_account() throws Exception {
        String name = account("everywhere", "", Role.CURATOR);
        HttpSession phone = login(name, PASSWORD);
        HttpSession laptop = login(name, PASSWORD);
        String other = account("bystander", "", Role.CURATOR);
        HttpSession bystander = login(other, PASSWORD);
        assertThat(phone.get("/curation/session").statusCode()).isEqualTo(200);
        HttpResponse<String> token = laptop.get("/curation/session");
        HttpResponse<String> ended = laptop.post("/curation/session/logout-everywhere", "application/json", "{}",
                "X-CSRF-TOKEN", csrfToken(token.body()));
        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(ended.body()).contains("\"ended\":2");
        assertThat(phone.get("/curation/session").statusCode()).isEqualTo(302);
        assertThat(laptop.get("/curation/session").statusCode()).isEqualTo(302);
        assertThat(bystander.get("/curation/session").statusCode()).as("other accounts stay logged in").isEqualTo(200);
    }

    @Test
    void disabling_an_account_or_changing_its_roles_ends_its_sessions() throws Exception {
        AccountService.Actor admin = AccountService.Actor.of(ADMIN, "127.0.0.1");
        String disabled = account("disabled", "", Role.CURATOR);
        HttpSession first = login(disabled, PASSWORD);
        assertThat(first.get("/curation/session").statusCode()).isEqualTo(200);
        accounts.setEnabled(admin, disabled, false);
        assertThat(first.get("/curation/session").statusCode()).isEqualTo(302);
        assertThat(login(disabled, PASSWORD).loggedIn()).as("a disabled account cannot log in").isFalse();

        String promoted = account("promoted", "", Role.CURATOR);
        HttpSession second = login(promoted, PASSWORD);
        accounts.changeRoles(admin, promoted, java.util.Set.of(Role.REVIEWER), "");
        assertThat(second.get("/curation/session").statusCode()).isEqualTo(302);
        HttpSession again = login(promoted, PASSWORD);
        assertThat(again.get("/curation/session").body()).contains("\"REVIEWER\"").doesNotContain("CURATOR");
    }

    private static String csrfToken(String sessionJson) {
        return sessionJson.replaceAll("(?s).*\"csrfToken\":\"([^\"]+)\".*", "$1");
    }
}
