package vn.laocai.museum.app.curation.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /curation/audit.csv}: the whole audit log for admins (the security rules allow ADMIN alone). */
@RestController
class AuditController {

    private final AuditLog audit;
    private final Clock clock;

    AuditController(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/curation/audit.csv")
    ResponseEntity<byte[]> csv(Principal principal, HttpServletRequest request) {
        String body = AuditCsv.of(audit.latest(Integer.MAX_VALUE));
        audit.record(new AuditEvent(clock.instant(), AuditAction.AUDIT_EXPORTED, principal.getName(), "", request.getRemoteAddr(), ""));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("museum-audit.csv").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
