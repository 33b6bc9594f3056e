package vn.laocai.museum.app.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;
import vn.laocai.museum.ontology.SpeciesCatalog;

/**
 * Answers 404 for the page of a species, remedy, story or knowledge record — or of a place, mark,
 * conservation list or legal instrument — that the public data does not hold. Vaadin would serve
 * its app shell with 200 and say "not found" only after the page's script runs, which crawlers,
 * link checkers and chat-app previews never see.
 */
@Component
class UnknownPageFilter extends OncePerRequestFilter {

    /** The reference pages, by section: whether the reference data has the slug. */
    private static final Map<String, BiPredicate<References, String>> REFERENCE_PAGES = Map.of(
            "places", (data, slug) -> data.place(slug).isPresent(),
            "marks", (data, slug) -> data.mark(slug).isPresent(),
            "conservation", (data, slug) -> data.list(slug).isPresent(),
            "instruments", (data, slug) -> data.instrument(slug).isPresent());
    private static final Pattern REFERENCE_PAGE = Pattern.compile("/(places|marks|conservation|instruments)/([^/]+)/?");

    private final SpeciesCatalog species;
    private final DocumentCatalog documents;
    private final ObjectProvider<HiddenPages> hidden;
    private final ReferenceCatalog references;

    UnknownPageFilter(SpeciesCatalog species, DocumentCatalog documents, ObjectProvider<HiddenPages> hidden, ReferenceCatalog references) {
        this.species = species;
        this.documents = documents;
        this.hidden = hidden;
        this.references = references;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var page = PageAddress.of(path);
        if (page.isPresent() && !exists(page.get()) && hidden.stream().noneMatch(pages -> pages.visibleToCurrentReader(page.get()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such page: " + page.get().kind().page(page.get().slug()));
            return;
        }
        Matcher reference = REFERENCE_PAGE.matcher(path);
        if (page.isEmpty() && reference.matches()
                && !REFERENCE_PAGES.get(reference.group(1)).test(references.read("vi"), reference.group(2))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such page: " + path);
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
