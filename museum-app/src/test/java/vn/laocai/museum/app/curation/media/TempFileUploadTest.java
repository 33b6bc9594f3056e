package vn.laocai.museum.app.curation.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.laocai.museum.media.check.Rejection;

/** Uploads reach the ingest as temporary files on disk, within the size limit, and are gone afterwards. */
class TempFileUploadTest {

    private final List<String> refusals = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();

    private final TempFileUpload upload = new TempFileUpload(1000, new TempFileUpload.Receiver() {
        @Override
        public void received(UploadEvent event, Path file) {
            files.add(file);
            try {
                contents.add(Files.readAllBytes(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void refused(UploadEvent event, Rejection reason) {
            refusals.add(event.getFileName() + ": " + reason.text());
        }
    });

    @Test
    void a_file_within_the_limit_is_handed_over_on_disk_and_deleted_afterwards() throws Exception {
        byte[] body = new byte[1000];
        body[999] = 42;

        upload.handleUploadRequest(event("photo.jpg", body, body.length));

        assertThat(refusals).isEmpty();
        assertThat(contents).singleElement().isEqualTo(body);
        assertThat(files.getFirst()).doesNotExist();
    }

    @Test
    void a_file_declared_larger_than_the_limit_is_refused_unread() throws Exception {
        upload.handleUploadRequest(event("scan.glb", new byte[10], 5000));
        assertThat(refusals).containsExactly("scan.glb: too large: over the upload limit of 0 MiB");
        assertThat(files).isEmpty();
    }

    @Test
    void a_body_longer_than_the_limit_is_cut_off_and_refused() throws Exception {
        upload.handleUploadRequest(event("scan.glb", new byte[1001], -1));
        assertThat(refusals).singleElement().asString().startsWith("scan.glb: too large");
        assertThat(files).isEmpty();
    }

    private static UploadEvent event(String name, byte[] body, long declaredSize) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setContent(body);
        return new UploadEvent(new VaadinServletRequest(request, null), null, null, name, declaredSize, "application/octet-stream",
                null, null);
    }
}
