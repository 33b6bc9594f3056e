package vn.laocai.museum.app.curation.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditRecorder;

/**
 * Creates and changes accounts, each change checked, audited, and — when it takes rights away —
 * followed by the end of the account's sessions, so it holds at once. Changes are made one at a time,
 * so two admins creating the same name cannot both succeed.
 *
 * <pre>{@code
 * accounts.create(Actor.of("admin", "203.0.113.9"), "lan", password, Set.of(Role.CURATOR), "");
 * }</pre>
 */
public final class AccountService {

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final AuditRecorder audit;
    private final SessionEnder sessions;
    private final Clock clock;
    private final int minPasswordLength;

    public AccountService(AccountStore store, PasswordEncoder encoder, AuditRecorder audit, SessionEnder sessions, Clock clock,
            int minPasswordLength) {
        this.store = Objects.requireNonNull(store, "store");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.minPasswordLength = minPasswordLength;
    }

    /** Who makes a change, and from which address. */
    public record Actor(String username, String address) {
        public static Actor of(String username, String address) {
            return new Actor(username == null ? "" : username, address == null ? "" : address);
        }
    }

    public List<Account> list() {
        return store.all().stream().sorted(Comparator.comparing(Account::username)).toList();
    }

    public boolean noAccounts() {
        return store.isEmpty();
    }

    public synchronized Account create(Actor actor, String username, String password, Set<Role> roles, String community) {
        String name = Account.normalize(username);
        if (!Account.validUsername(name)) {
            throw new AccountException("curation.error.usernameInvalid", "A user name is 3 to 40 lower-case letters, digits, '.', '-' or '_'");
        }
        if (store.find(name).isPresent()) {
            throw new AccountException("curation.error.usernameTaken", "An account named " + name + " exists");
        }
        checkRoles(roles, community);
        checkPassword(name, password);
        Instant now = clock.instant();
        Account account = new Account(name, encoder.encode(password), roles, community, true, now, now);
        store.save(account);
        record(actor, AuditAction.ACCOUNT_CREATED, name, describe(account));
        return account;
    }

    public synchronized Account setEnabled(Actor actor, String username, boolean enabled) {
        Account account = existing(username);
        if (!enabled && account.username().equals(actor.username())) {
            throw new AccountException("curation.error.notYourself", "An admin cannot disable their own account");
        }
        Account changed = account.withEnabled(enabled, clock.instant());
        store.save(changed);
        record(actor, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, account.username(), "");
        if (!enabled) {
            sessions.endAll(account.username());
        }
        return changed;
    }

    public synchronized Account changeRoles(Actor actor, String username, Set<Role> roles, String community) {
        Account account = existing(username);
        checkRoles(roles, community);
        if (account.username().equals(actor.username()) && account.has(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new AccountException("curation.error.notYourself", "An admin cannot take the ADMIN role from their own account");
        }
        Account changed = account.withRoles(roles, roles.contains(Role.KEEPER) ? community : "", clock.instant());
        store.save(changed);
        record(actor, AuditAction.ROLES_CHANGED, account.username(), "from " + describe(account) + " to " + describe(changed));
        sessions.endAll(account.username());
        return changed;
    }

    public synchronized void resetPassword(Actor actor, String username, String password) {
        Account account = existing(username);
        checkPassword(account.username(), password);
        store.save(account.withPasswordHash(encoder.encode(password), clock.instant()));
        record(actor, AuditAction.PASSWORD_RESET, account.username(), "");
        sessions.endAll(account.username());
    }

    /** "Log out everywhere": ends every session of the actor's own account. */
    public int endOwnSessions(Actor actor) {
        int ended = sessions.endAll(actor.username());
        record(actor, AuditAction.SESSIONS_ENDED, actor.username(), ended + " sessions");
        return ended;
    }

    private Account existing(String username) {
        return store.find(username).orElseThrow(() -> new AccountException("curation.error.noSuchAccount", "No account " + username));
    }

    private void checkRoles(Set<Role> roles, String community) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("curation.error.noRole", "An account needs at least one role");
        }
        if (roles.contains(Role.KEEPER) && (community == null || community.isBlank())) {
            throw new AccountException("curation.error.keeperCommunity", "A knowledge keeper needs a community");
        }
    }

    private void checkPassword(String username, String password) {
        if (password == null || password.length() < minPasswordLength) {
            throw new AccountException("curation.error.passwordShort", "A password has at least " + minPasswordLength + " characters");
        }
        if (password.length() > 256) {
            throw new AccountException("curation.error.passwordLong", "A password has at most 256 characters");
        }
        if (password.toLowerCase(java.util.Locale.ROOT).contains(username)) {
            throw new AccountException("curation.error.passwordHasName", "A password must not contain the user name");
        }
    }

    private static String describe(Account account) {
        String roles = account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
        return "roles: " + roles + (account.community().isEmpty() ? "" : "; community: " + account.community());
    }

    private void record(Actor actor, AuditAction action, String subject, String detail) {
        audit.record(new AuditEvent(clock.instant(), action, actor.username(), subject, actor.address(), detail));
    }
}
