package vn.laocai.museum.app.curation.media;

import java.util.List;
import java.util.Objects;

/**
 * What became of one uploaded file.
 *
 * @param mediaIri the media resource that describes it; null when it was rejected
 * @param reason   why it was rejected; null otherwise
 * @param warnings what the ingest warned of (a 3D model over the kiosk budget)
 */
public record UploadOutcome(String fileName, Status status, String mediaIri, String reason, List<String> warnings) {

    /** STORED: new in the museum; DUPLICATE: the same bytes were there already (now linked here too); REJECTED. */
    public enum Status { STORED, DUPLICATE, REJECTED }

    public UploadOutcome {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(status, "status");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static UploadOutcome rejected(String fileName, String reason) {
        return new UploadOutcome(fileName, Status.REJECTED, null, reason, List.of());
    }
}
