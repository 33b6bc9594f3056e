package vn.laocai.museum.app.curation.security;

import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.laocai.museum.app.curation.account.Account;
import vn.laocai.museum.app.curation.account.Role;

/**
 * The logged-in account as Spring Security holds it: its roles as {@code ROLE_*} authorities, and
 * the community a keeper speaks for. Equal by user name, so the session registry finds every
 * session of one account.
 */
public final class MuseumUser extends User {

    private final Set<Role> roles;
    private final String community;

    public MuseumUser(Account account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.roles = account.roles();
        this.community = account.community();
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The community a keeper keeps knowledge for; empty for other accounts. */
    public String community() {
        return community;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
