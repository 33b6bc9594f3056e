package vn.laocai.museum.app.curation.editorial;

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
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditRecorder;

/** {@code GET /curation/remedies.csv}: every remedy's editable fields, for curators and reviewers (the security rules say so). */
@RestController
class RemedyCsvController {

    private final RemedyCsv csv;
    private final AuditRecorder audit;
    private final Clock clock;

    RemedyCsvController(RemedyCsv csv, AuditRecorder audit, Clock clock) {
        this.csv = csv;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/curation/remedies.csv")
    ResponseEntity<byte[]> export(Principal principal, HttpServletRequest request) {
        byte[] body = csv.export();
        audit.record(new AuditEvent(clock.instant(), AuditAction.REMEDIES_EXPORTED, principal.getName(), "", request.getRemoteAddr(), ""));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("museum-remedies.csv").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
