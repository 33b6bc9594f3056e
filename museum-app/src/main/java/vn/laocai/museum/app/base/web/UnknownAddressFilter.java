package vn.laocai.museum.app.base.web;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Answers 404 — with the museum's bilingual not-found page — for a browser asking for an address
 * that neither a view nor a controller has ({@code /no-such-page}). Vaadin would serve its app
 * shell with 200 and say "not found" only once its script ran: a "soft 404" that search engines
 * index and link checkers miss. Only page-like requests are looked at: {@code GET}s that accept
 * HTML, with no file extension, outside the data, media and framework paths.
 */
@Component
class UnknownAddressFilter extends OncePerRequestFilter {

    private static final List<String> NOT_PAGES = List.of("/VAADIN/", "/api/", "/actuator", "/sparql", "/media/", "/dumps/",
            "/exports/", "/id/", "/error", "/HEARTBEAT", "/.well-known/", "/trace-qr/", "/login", "/logout");

    private final HandlerMapping controllers;

    UnknownAddressFilter(@Qualifier("requestMappingHandlerMapping") HandlerMapping controllers) {
        this.controllers = controllers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        String accept = request.getHeader("Accept");
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || accept == null || !accept.contains("text/html")
                || path.substring(path.lastIndexOf('/') + 1).contains(".")
                || NOT_PAGES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isView(request) && !isController(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such page: " + path(request));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isView(HttpServletRequest request) {
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        return routes.getNavigationTarget(path(request).substring(1)).isPresent();
    }

    private boolean isController(HttpServletRequest request) throws ServletException {
        try {
            return controllers.getHandler(request) != null;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
