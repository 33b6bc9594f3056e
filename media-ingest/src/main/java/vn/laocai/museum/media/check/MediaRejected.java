package vn.laocai.museum.media.check;

import java.util.Objects;

/**
 * A file the museum will not take, with the reason a curator can act on ("truncated: …"): its
 * English sentence is the message, its code and values let a page say it in another language.
 *
 * <pre>{@code
 * throw RejectionCode.EMPTY_FILE.reject();
 * }</pre>
 */
public final class MediaRejected extends RuntimeException {

    private final transient Rejection rejection;

    public MediaRejected(Rejection rejection) {
        super(Objects.requireNonNull(rejection, "rejection").text());
        this.rejection = rejection;
    }

    public MediaRejected(Rejection rejection, Throwable cause) {
        super(Objects.requireNonNull(rejection, "rejection").text(), cause);
        this.rejection = rejection;
    }

    /** The English sentence. */
    public String reason() {
        return getMessage();
    }

    public Rejection rejection() {
        return rejection;
    }
}
