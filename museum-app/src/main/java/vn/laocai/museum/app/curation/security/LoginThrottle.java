package vn.laocai.museum.app.curation.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and per client address, and locks either once it has failed
 * too often within the lockout window: a locked account cannot log in from anywhere, a locked
 * address cannot log in to any account, until the lock runs out. The clock is injected, so the
 * window is tested without waiting.
 *
 * <pre>{@code
 * LoginThrottle throttle = new LoginThrottle(SecuritySettings.defaults(), Clock.systemUTC());
 * if (throttle.locked("lan", "203.0.113.9")) { refuse(); }
 * }</pre>
 */
public final class LoginThrottle {

    /** Beyond this many tracked keys, entries whose window has passed are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private final SecuritySettings settings;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(SecuritySettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a login to this account, or from this address, is refused now. */
    public boolean locked(String username, String address) {
        Instant now = clock.instant();
        return lockedIn(accounts, username, now) || lockedIn(addresses, address, now);
    }

    /** Records a failed login; true when this failure locked the account or the address. */
    public boolean failed(String username, String address) {
        Instant now = clock.instant();
        boolean account = fail(accounts, username, settings.maxFailures(), now);
        boolean client = fail(addresses, address, settings.maxFailuresPerAddress(), now);
        return account || client;
    }

    /** A successful login clears the account's count (the address keeps its own). */
    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    private boolean lockedIn(Map<String, Failures> map, String key, Instant now) {
        Failures failures = map.get(key(key));
        return failures != null && failures.lockedUntil() != null && now.isBefore(failures.lockedUntil());
    }

    private boolean fail(Map<String, Failures> map, String key, int max, Instant now) {
        Duration window = settings.lockout();
        Failures next = map.compute(key(key), (k, old) -> {
            boolean fresh = old == null || now.isAfter(old.since().plus(window))
                    || (old.lockedUntil() != null && !now.isBefore(old.lockedUntil()));
            int count = fresh ? 1 : old.count() + 1;
            Instant since = fresh ? now : old.since();
            Instant until = count >= max ? (fresh || old.lockedUntil() == null ? now.plus(window) : old.lockedUntil()) : null;
            return new Failures(count, since, until);
        });
        prune(map, now);
        return next.count() == max;
    }

    private void prune(Map<String, Failures> map, Instant now) {
        if (map.size() > PRUNE_ABOVE) {
            map.entrySet().removeIf(entry -> now.isAfter(entry.getValue().since().plus(settings.lockout()))
                    && (entry.getValue().lockedUntil() == null || !now.isBefore(entry.getValue().lockedUntil())));
        }
    }

    private static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Failures since {@code since}; {@code lockedUntil} set once they reached the limit. */
    private record Failures(int count, Instant since, Instant lockedUntil) {}
}
