package vn.laocai.museum.media.ingest;

import java.util.List;
import java.util.Objects;
import vn.laocai.museum.media.check.MediaWarning;
import vn.laocai.museum.media.check.Rejection;

/**
 * What became of one file.
 *
 * @param mediaIri the described media resource; null when the file failed
 * @param bytes    size of the file as read (0 if it could not be read)
 * @param warnings  what it was stored with a warning for (a 3D model over the kiosk budget), each with its code
 * @param rejection why it failed, with its code for pages in other languages; null otherwise
 */
public record ItemResult(IngestItem item, Status status, String mediaIri, long bytes, List<MediaWarning> warnings, Rejection rejection) {

    /** STORED: new object(s) and description; LINKED: known file, new link; UNCHANGED: nothing to do; FAILED. */
    public enum Status { STORED, LINKED, UNCHANGED, FAILED }

    public ItemResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        warnings = List.copyOf(warnings);
    }

    static ItemResult failed(IngestItem item, long bytes, Rejection rejection) {
        return new ItemResult(item, Status.FAILED, null, bytes, List.of(), Objects.requireNonNull(rejection, "rejection"));
    }

    /** Why it failed, in English (the command line's summary and the logs); null otherwise. */
    public String reason() {
        return rejection == null ? null : rejection.text();
    }
}
