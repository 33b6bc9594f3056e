package vn.laocai.museum.media.check;

import java.util.Objects;

/** A file the museum will not take, with the reason a curator can act on ("truncated: …"). */
public final class MediaRejected extends RuntimeException {

    public MediaRejected(String reason) {
        super(Objects.requireNonNull(reason, "reason"));
    }

    public MediaRejected(String reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason"), cause);
    }

    public String reason() {
        return getMessage();
    }
}
