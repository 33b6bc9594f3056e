package vn.laocai.museum.app.search;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.base.ui.LanguageNames;
import vn.laocai.museum.app.base.ui.MediaUrls;
import vn.laocai.museum.app.base.web.FirstHtmlMain;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.search.SearchHit;
import vn.laocai.museum.search.SearchIndex;
import vn.laocai.museum.search.SearchResults;

/**
 * The results of {@code /search?q=…} in the page's first HTML: the heading, the count and the
 * result cards with the live page's markup and classes, so a phone shows them before any script
 * runs and the live view, which draws the same cards, takes over without painting anything larger.
 * Facets, sorting and pages come with the live view. {@code /search} without words has none.
 */
@Component
class SearchFirstHtml implements VaadinServiceInitListener {

    private final SearchIndex index;

    SearchFirstHtml(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::render);
    }

    private void render(IndexHtmlResponse response) {
        if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)) {
            return;
        }
        var http = request.getHttpServletRequest();
        if (!http.getRequestURI().substring(request.getContextPath().length()).equals("/search")) {
            return;
        }
        SearchState state = SearchState.of(QueryParameters.full(http.getParameterMap()));
        if (state.query().isEmpty()) {
            return;
        }
        Locale reader = SiteLanguage.of(http);
        SearchResults found = index.search(state.request(SearchView.PAGE_SIZE).inLanguage(ContentLanguage.code(reader)));
        Element main = FirstHtmlMain.create(reader);
        main.appendElement("h1").text(text(reader, "search.resultsFor", state.query()));
        Element results = main.appendElement("div").addClass("museum-search-columns").appendElement("div").addClass("museum-results");
        if (found.hits().isEmpty()) {
            results.appendElement("p").text(text(reader, "search.nothingFound", state.query()));
        } else {
            results.appendElement("div").addClass("museum-search-summary").text(text(reader, "search.count", found.total()));
            found.hits().forEach(hit -> card(hit, results, reader));
        }
        FirstHtmlMain.attach(response, main);
    }

    /** The live page's card ({@code SearchView}), element for element. */
    private static void card(SearchHit hit, Element results, Locale reader) {
        DocumentKind.ofIri(hit.iri()).ifPresent(kind -> {
            String title = hit.displayTitle(ContentLanguage.code(reader));
            Element card = results.appendElement("a").addClass("museum-result")
                    .attr("href", "/" + kind.page(kind.slugOf(hit.iri()).orElseThrow()));
            if (hit.imageKey() != null && !hit.imageKey().isBlank()) {
                card.appendElement("img").addClass("museum-result-thumbnail").attr("src", MediaUrls.of(hit.imageKey()))
                        .attr("alt", title).attr("loading", "lazy").attr("style", "width: 96px; height: 72px;");
            }
            Element body = card.appendElement("div");
            body.appendElement("span").addClass("museum-result-kind").text(text(reader, kindKey(kind)));
            body.appendElement("span").addClass("museum-result-title").text(title);
            if (hit.scientificName() != null && !hit.scientificName().isEmpty()) {
                body.appendElement("em").text(" " + hit.scientificName());
            }
            if (hit.matchedName() != null && !hit.matchedName().equals(title)) {
                body.appendElement("span").addClass("museum-result-matched")
                        .text(LanguageNames.of(hit.matchedNameLanguage(), reader) + ": " + hit.matchedName());
            }
            if (!hit.badges().isEmpty()) {
                Element badges = body.appendElement("div").addClass("museum-result-badges");
                hit.badges().forEach(badge -> badges.appendElement("span").addClass("museum-badge").attr("data-badge", badge)
                        .text(text(reader, "search.badge." + badge)));
            }
            if (hit.highlight() != null && !hit.highlight().isBlank()) {
                // The index escapes the passage; only its <mark> elements are markup.
                body.appendElement("p").addClass("museum-result-snippet").html(hit.highlight());
            }
        });
    }

    static String kindKey(DocumentKind kind) {
        return switch (kind) {
            case SPECIES -> "kind.species";
            case REMEDY -> "kind.remedy";
            case STORY -> "kind.story";
            case KNOWLEDGE -> "kind.knowledge";
        };
    }

    private static String text(Locale reader, String key, Object... params) {
        return MuseumTranslations.text(reader, key, params);
    }
}
