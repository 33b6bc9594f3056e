package vn.laocai.museum.app.curation.media;

import java.util.List;
import java.util.Locale;
import vn.laocai.museum.media.check.Rejection;

/**
 * Reasons the upload page refuses a file before the ingest sees it, beside the ingest's own
 * ({@link vn.laocai.museum.media.check.RejectionCode}); the page translates both by code.
 */
enum UploadRefusal {
    UPLOAD_TOO_LARGE("too large: over the upload limit of {0} MiB"),
    DETAILS_MISSING("required: {0}"),
    UNSAFE_NAME("'{0}' is not a plain file name"),
    DUPLICATE_NAME("this upload has a file named '{0}' already"),
    QUEUE_FULL("the museum is busy with other uploads; try again in a few minutes");

    private final String english;

    UploadRefusal(String english) {
        this.english = english;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String english() {
        return english;
    }

    Rejection with(Object... params) {
        return Rejection.of(code(), english, params);
    }

    /** The required fields left empty, each a value of its own so a page can name them in its language. */
    static Rejection missing(List<String> fields) {
        return new Rejection(DETAILS_MISSING.code(), fields, Rejection.fill(DETAILS_MISSING.english, List.of(String.join(", ", fields))));
    }
}
