package vn.laocai.museum.app.curation.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every data export an account downloads — the graph dumps, the Darwin Core Archive, the
 * six-monthly report and its tables — in the audit log, with the address it was asked at. The
 * public open-data downloads of anonymous visitors are not logged one by one: they hold nothing
 * that is not public, and the museum does not track its visitors. The curators' own exports
 * (remedies CSV, audit CSV) are audited where they are served.
 *
 * <p>It runs inside Spring Security's filter chain (a plain filter bean is ordered after it), so the
 * account is known; an answer that failed (status 400 or more) exported nothing and is not logged.
 */
@Component
class ExportAuditFilter extends OncePerRequestFilter {

    static final List<String> EXPORTS = List.of("/dumps/", "/exports/", "/stats/report");

    private final AuditRecorder audit;
    private final Clock clock;

    ExportAuditFilter(AuditRecorder audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || EXPORTS.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication account = SecurityContextHolder.getContext().getAuthentication();
        chain.doFilter(request, response);
        if (account != null && account.isAuthenticated() && !(account instanceof AnonymousAuthenticationToken)
                && response.getStatus() < 400) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            audit.record(new AuditEvent(clock.instant(), AuditAction.DATA_EXPORTED, account.getName(), "",
                    request.getRemoteAddr(), path));
        }
    }
}
