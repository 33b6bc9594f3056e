package vn.laocai.museum.app.curation.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login hardening ({@code museum.security.*}, or {@code MUSEUM_SECURITY_*} variables).
 *
 * @param maxFailures           failed logins of one account, within {@code lockout}, that lock it (MUSEUM_SECURITY_MAX_FAILURES)
 * @param maxFailuresPerAddress failed logins from one client address, within {@code lockout}, that lock that address
 *                              for every account (MUSEUM_SECURITY_MAX_FAILURES_PER_ADDRESS)
 * @param lockout               how long a lock lasts, and the window failures are counted in (MUSEUM_SECURITY_LOCKOUT)
 * @param secureCookie          {@code true} always sends the session cookie with {@code Secure}, {@code false} never;
 *                              unset (the default), it is {@code Secure} when the request came over HTTPS (behind a
 *                              proxy, with {@code server.forward-headers-strategy=native}), so a kiosk on plain HTTP in
 *                              the museum's network still gets a session (MUSEUM_SECURITY_SECURE_COOKIE)
 * @param minPasswordLength     shortest password an account may have (MUSEUM_SECURITY_MIN_PASSWORD_LENGTH)
 */
@ConfigurationProperties("museum.security")
public record SecuritySettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration lockout,
        Boolean secureCookie,
        @DefaultValue("12") int minPasswordLength) {

    public SecuritySettings {
        if (maxFailures < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("museum.security.max-failures and max-failures-per-address must be at least 1");
        }
        if (lockout == null || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("museum.security.lockout must be a positive duration");
        }
    }

    /** The defaults, for code outside Spring (the admin command, tests). */
    public static SecuritySettings defaults() {
        return new SecuritySettings(5, 20, Duration.ofMinutes(15), null, 12);
    }
}
