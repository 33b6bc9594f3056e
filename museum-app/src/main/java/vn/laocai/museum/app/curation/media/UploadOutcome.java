package vn.laocai.museum.app.curation.media;

import java.util.List;
import java.util.Objects;
import vn.laocai.museum.media.check.MediaWarning;
import vn.laocai.museum.media.check.Rejection;

/**
 * What became of one uploaded file (or one {@code .gltf} with the files beside it).
 *
 * @param mediaIri  the media resource that describes it; null when it was rejected
 * @param rejection why it was rejected: a code the page translates and the English sentence for
 *                  the audit log; null otherwise
 * @param warnings  what the ingest warned of (a 3D model over the kiosk budget): a code the page
 *                  translates and the English sentence
 */
public record UploadOutcome(String fileName, Status status, String mediaIri, Rejection rejection, List<MediaWarning> warnings) {

    /** STORED: new in the museum; DUPLICATE: the same bytes were there already (now linked here too); REJECTED. */
    public enum Status { STORED, DUPLICATE, REJECTED }

    public UploadOutcome {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(status, "status");
        if ((status == Status.REJECTED) != (rejection != null)) {
            throw new IllegalArgumentException("a rejected file, and only one, has a rejection: " + status);
        }
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static UploadOutcome rejected(String fileName, Rejection rejection) {
        return new UploadOutcome(fileName, Status.REJECTED, null, rejection, List.of());
    }

    /** Why it was rejected, in English (the audit log); null otherwise. */
    public String reason() {
        return rejection == null ? null : rejection.text();
    }
}
