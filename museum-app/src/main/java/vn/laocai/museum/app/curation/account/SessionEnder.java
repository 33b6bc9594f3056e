package vn.laocai.museum.app.curation.account;

/** Ends every session of an account and says how many there were. */
@FunctionalInterface
public interface SessionEnder {

    int endAll(String username);
}
