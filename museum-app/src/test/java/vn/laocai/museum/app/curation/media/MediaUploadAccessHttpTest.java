package vn.laocai.museum.app.curation.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.curation.CurationAppTestBase;
import vn.laocai.museum.app.curation.HttpSession;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.media.samples.SamplePictures;

/** Who may open the upload page over HTTP, and what the upload service refuses before any ingest. */
class MediaUploadAccessHttpTest extends CurationAppTestBase {

    private static final String PAGE = "/" + MediaUploadView.ROUTE + "/species/coix-lacryma-jobi";

    @Autowired
    MediaUploads uploads;

    @Autowired
    AuditLog audit;

    @Test
    void anonymous_visitors_are_sent_to_the_login() throws Exception {
        for (String path : List.of("/" + MediaUploadView.ROUTE, PAGE)) {
            HttpResponse<String> response = HttpSession.anonymous(http, url("")).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
    }

    @Test
    void curators_reviewers_and_admins_open_the_page_keepers_and_staff_are_refused() throws Exception {
        for (Role role : List.of(Role.CURATOR, Role.REVIEWER, Role.ADMIN)) {
            HttpSession session = login(account("media-" + role.name().toLowerCase(), "", role), PASSWORD);
            assertThat(session.get(PAGE).statusCode()).as(role.name()).isEqualTo(200);
            assertThat(session.get("/" + MediaUploadView.ROUTE).statusCode()).as(role.name()).isEqualTo(200);
        }
        for (Role role : List.of(Role.KEEPER, Role.STAFF)) {
            HttpSession session = login(account("media-" + role.name().toLowerCase(), "Dao", role), PASSWORD);
            assertThat(session.loggedIn()).isTrue();
            assertThat(session.get(PAGE).statusCode()).as(role.name()).isEqualTo(403);
            assertThat(session.get("/" + MediaUploadView.ROUTE).statusCode()).as(role.name()).isEqualTo(403);
            assertThat(session.get("/curation").statusCode()).as(role.name() + " keeps the curation home").isEqualTo(200);
        }
    }

    @Test
    void a_file_without_caption_creator_or_licence_is_refused_and_recorded() throws Exception {
        Path photo = Files.write(Files.createTempFile("museum-upload-", ".jpg"), SamplePictures.cameraJpeg(300, 200, 1, 22.3, 103.8, 9));
        UploadTarget target = new UploadTarget("species", "coix-lacryma-jobi");

        UploadOutcome outcome = uploads.ingest(target, photo, "no-credit.jpg", new UploadDetails("Ý dĩ", null, " ", null, null, null),
                "lan", "203.0.113.9");

        assertThat(outcome.status()).isEqualTo(UploadOutcome.Status.REJECTED);
        assertThat(outcome.reason()).isEqualTo("required: creator, licence");
        assertThat(uploads.media(target)).extracting(TargetMedia::title).doesNotContain("Ý dĩ");
        assertThat(audit.latest(20)).anySatisfy(entry -> {
            assertThat(entry.action().code()).isEqualTo("media-rejected");
            assertThat(entry.detail()).isEqualTo("species/coix-lacryma-jobi · no-credit.jpg · rejected: required: creator, licence");
            assertThat(entry.address()).isEqualTo("203.0.113.9");
        });
    }

    @Test
    void only_species_remedies_and_stories_of_the_graph_are_targets() {
        assertThat(uploads.exists(new UploadTarget("species", "coix-lacryma-jobi"))).isTrue();
        assertThat(uploads.exists(new UploadTarget("species", "no-such-plant"))).isFalse();
        assertThat(UploadTarget.parse("place", "bac-ha")).isEmpty();
        assertThat(UploadTarget.parse("species", "../etc")).isEmpty();
        assertThat(uploads.targets()).extracting(entry -> entry.getKey().kind()).contains("species", "remedy", "story");
    }
}
