package vn.laocai.museum.app.trace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the first HTML of a trace page the status its code deserves — 404 for a code no lot has,
 * 410 for a withdrawn one — while the page itself still shows the counterfeit warning. Scanner
 * apps, link checkers and crawlers see the status without running any script.
 */
@Component
class TraceStatusFilter extends OncePerRequestFilter {

    private final TraceService trace;

    TraceStatusFilter(TraceService trace) {
        this.trace = trace;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null || !path.startsWith("/01/")
                || path.endsWith(".jsonld");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int status = DigitalLink.parse(path).map(trace::status).map(found -> switch (found) {
            case FOUND -> HttpServletResponse.SC_OK;
            case REVOKED -> HttpServletResponse.SC_GONE;
            case UNKNOWN -> HttpServletResponse.SC_NOT_FOUND;
        }).orElse(HttpServletResponse.SC_NOT_FOUND);
        if (status == HttpServletResponse.SC_OK) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(status);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int sc) {
                // The page renders as usual and would answer 200; the code's status stands.
                if (sc != HttpServletResponse.SC_OK) {
                    super.setStatus(sc);
                }
            }
        });
    }
}
