package vn.laocai.museum.app.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
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

    private final SpeciesCatalog species;
    private final DocumentCatalog documents;
    private final ObjectProvider<HiddenPages> hidden;

    UnknownPageFilter(SpeciesCatalog species, DocumentCatalog documents, ObjectProvider<HiddenPages> hidden) {
        this.species = species;
        this.documents = documents;
        this.hidden = hidden;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var page = PageAddress.of(request.getRequestURI().substring(request.getContextPath().length()));
        if (page.isPresent() && !exists(page.get()) && hidden.stream().noneMatch(pages -> pages.visibleToCurrentReader(page.get()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such page: " + page.get().kind().page(page.get().slug()));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean exists(PageAddress page) {
        if (!page.wellFormed()) {
            return false;
        }
        return page.kind() == DocumentKind.SPECIES
                ? species.find(page.slug(), "vi").isPresent()
                : documents.find(page.kind(), page.slug(), "vi").isPresent();
    }
}
