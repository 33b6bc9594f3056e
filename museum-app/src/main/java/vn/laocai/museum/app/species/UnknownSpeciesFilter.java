package vn.laocai.museum.app.species;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.laocai.museum.ontology.SpeciesCatalog;

/**
 * Answers 404 for {@code /species/<slug>} when there is no such public species. Vaadin would serve
 * its app shell with 200 and show "not found" only after the page's script runs, which crawlers,
 * link checkers and chat-app previews never see.
 */
@Component
class UnknownSpeciesFilter extends OncePerRequestFilter {

    private static final Pattern SPECIES_PAGE = Pattern.compile("/species/([^/]+)/?");

    private final SpeciesCatalog catalog;

    UnknownSpeciesFilter(SpeciesCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher page = SPECIES_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (page.matches() && catalog.find(page.group(1), "vi").isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No species " + page.group(1));
            return;
        }
        chain.doFilter(request, response);
    }
}
