package vn.laocai.museum.app.curation.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditLog;

/** Writes each logout (the header's button or {@code POST /logout}) to the audit log. */
final class AuditedLogout implements LogoutHandler {

    private final AuditLog audit;
    private final Clock clock;

    AuditedLogout(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            audit.record(new AuditEvent(clock.instant(), AuditAction.LOGOUT, authentication.getName(), "",
                    request == null ? "" : request.getRemoteAddr(), ""));
        }
    }
}
