package vn.laocai.museum.app.curation.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who logs in. The password is kept only as its hash (Argon2id, in Spring Security's
 * {@code {argon2}…} form).
 *
 * @param community the community a {@link Role#KEEPER} keeps knowledge for (e.g. "Dao"); empty otherwise
 */
public record Account(String username, String passwordHash, Set<Role> roles, String community, boolean enabled,
        Instant created, Instant changed) {

    /** Lower-case letters, digits, dot, dash and underscore; 3 to 40 characters, starting with a letter or digit. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(changed, "changed");
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("Not a valid user name: " + username);
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        community = community == null ? "" : community.strip();
    }

    /** The name as stored: trimmed and in lower case, so "Lan" and "lan " are one account. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean validUsername(String username) {
        return USERNAME.matcher(normalize(username)).matches();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Account withPasswordHash(String hash, Instant now) {
        return new Account(username, hash, roles, community, enabled, created, now);
    }

    public Account withRoles(Set<Role> newRoles, String newCommunity, Instant now) {
        return new Account(username, passwordHash, newRoles, newCommunity, enabled, created, now);
    }

    public Account withEnabled(boolean newEnabled, Instant now) {
        return new Account(username, passwordHash, roles, community, newEnabled, created, now);
    }
}
