package vn.laocai.museum.app.curation.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.laocai.museum.app.curation.account.AccountService;

/**
 * The logged-in account over HTTP, for scripts and tools: {@code GET /curation/session} says who
 * is logged in and gives the CSRF token that {@code POST}s need; {@code POST
 * /curation/session/logout-everywhere} (with the token in the {@code X-CSRF-TOKEN} header) ends
 * every session of the account.
 */
@RestController
class SessionController {

    private final AccountService accounts;

    SessionController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/curation/session")
    ResponseEntity<Map<String, Object>> session(@AuthenticationPrincipal MuseumUser user, CsrfToken csrf) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of(
                "username", user.getUsername(),
                "roles", user.roles().stream().map(Enum::name).sorted().toList(),
                "community", user.community(),
                "csrfHeader", csrf.getHeaderName(),
                "csrfParameter", csrf.getParameterName(),
                "csrfToken", csrf.getToken()));
    }

    @PostMapping("/curation/session/logout-everywhere")
    Map<String, Object> logoutEverywhere(@AuthenticationPrincipal MuseumUser user, HttpServletRequest request) {
        int ended = accounts.endOwnSessions(AccountService.Actor.of(user.getUsername(), request.getRemoteAddr()));
        return Map.of("ended", ended);
    }
}
