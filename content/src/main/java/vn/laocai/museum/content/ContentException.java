package vn.laocai.museum.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the corpus has errors; lists all of them, not just the first. Nothing was stored. */
public final class ContentException extends RuntimeException {

    private final List<ContentError> errors;

    public ContentException(List<ContentError> errors) {
        super(errors.size() + " error(s) in the content; nothing was loaded:\n"
                + errors.stream().map(ContentError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<ContentError> errors() {
        return errors;
    }
}
