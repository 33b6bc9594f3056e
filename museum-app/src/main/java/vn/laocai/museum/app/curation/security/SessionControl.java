package vn.laocai.museum.app.curation.security;

import java.util.Objects;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Ends every session of an account: "log out everywhere", and what follows when an admin disables
 * an account or changes its roles. An ended session is logged out at its next request.
 */
public final class SessionControl implements vn.laocai.museum.app.curation.account.SessionEnder {

    private final SessionRegistry registry;

    public SessionControl(SessionRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Ends the account's sessions and says how many there were. */
    @Override
    public int endAll(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    /** Sessions the account has open now. */
    public int count(String username) {
        return registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user && user.getUsername().equals(username))
                .mapToInt(principal -> registry.getAllSessions(principal, false).size())
                .sum();
    }
}
