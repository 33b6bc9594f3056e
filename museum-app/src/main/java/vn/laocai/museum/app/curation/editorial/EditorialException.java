package vn.laocai.museum.app.curation.editorial;

/** A workflow step that was refused: not allowed for the account's roles, not from this state, or not valid data. */
public final class EditorialException extends RuntimeException {

    public EditorialException(String message) {
        super(message);
    }
}
