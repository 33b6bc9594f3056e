package vn.laocai.museum.app.curation.editorial;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Where a remedy's revision stands: a curator's draft, under review, published (its text is the
 * public one), or archived (withdrawn from the public site, kept in the drafts).
 */
public enum EditorialState {
    DRAFT("draft"),
    IN_REVIEW("in-review"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    private final String code;

    EditorialState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The moves the workflow allows: submit, send back, publish, archive, and a new draft of what was published or archived. */
    public boolean canMoveTo(EditorialState next) {
        return switch (this) {
            case DRAFT -> next == IN_REVIEW;
            case IN_REVIEW -> Set.of(DRAFT, PUBLISHED).contains(next);
            case PUBLISHED -> Set.of(DRAFT, ARCHIVED).contains(next);
            case ARCHIVED -> next == DRAFT;
        };
    }

    public static Optional<EditorialState> ofCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst();
    }
}
