package vn.laocai.museum.app.curation.security;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.laocai.museum.app.curation.account.Account;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditLog;

/**
 * Checks a login against the throttle before the password is even looked at, counts each failure,
 * and writes every outcome to the audit log. A locked login is refused whatever the password.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String username = Account.normalize(login.getName());
        String address = login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        if (throttle.locked(username, address)) {
            record(AuditAction.LOGIN_REFUSED_WHILE_LOCKED, username, address);
            throw new LockedException("Too many failed logins; try again later");
        }
        try {
            Authentication result = passwords.authenticate(login);
            throttle.succeeded(username);
            record(AuditAction.LOGIN_SUCCEEDED, username, address);
            return result;
        } catch (AuthenticationException e) {
            boolean nowLocked = throttle.failed(username, address);
            record(AuditAction.LOGIN_FAILED, username, address);
            if (nowLocked) {
                record(AuditAction.LOGIN_LOCKED, username, address);
            }
            throw e;
        }
    }

    private void record(AuditAction action, String username, String address) {
        audit.record(new AuditEvent(clock.instant(), action, username, "", address, ""));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
