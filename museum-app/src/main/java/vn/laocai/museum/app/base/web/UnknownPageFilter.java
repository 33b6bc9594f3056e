package vn.laocai.museum.app.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.SpeciesCatalog;

/**
 * Answers 404 for the page of a species, remedy, story or knowledge record that the public data
 * does not hold. Vaadin would serve its app shell with 200 and say "not found" only after the
 * page's script runs, which crawlers, link checkers and chat-app previews never see.
 */
@Component
class UnknownPageFilter extends OncePerRequestFilter {

    private static final Pattern PAGE = Pattern.compile("/(species|remedies|stories|knowledge)/([^/]+)/?");
    private static final Map<String, DocumentKind> KINDS = Map.of(
            "remedies", DocumentKind.REMEDY, "stories", DocumentKind.STORY, "knowledge", DocumentKind.KNOWLEDGE);

    private final SpeciesCatalog species;
    private final DocumentCatalog documents;

    UnknownPageFilter(SpeciesCatalog species, DocumentCatalog documents) {
        this.species = species;
        this.documents = documents;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher page = PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (page.matches() && !exists(page.group(1), page.group(2))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such page: " + page.group(1) + "/" + page.group(2));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean exists(String section, String slug) {
        return section.equals("species")
                ? species.find(slug, "vi").isPresent()
                : documents.find(KINDS.get(section), slug, "vi").isPresent();
    }
}
