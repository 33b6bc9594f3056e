package vn.laocai.museum.app.curation.account;

/** A change to an account that was refused; {@link #key()} names the reason's text in the message bundles. */
public final class AccountException extends RuntimeException {

    private final String key;

    public AccountException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** Bundle key of the reason, e.g. {@code curation.error.passwordShort}. */
    public String key() {
        return key;
    }
}
