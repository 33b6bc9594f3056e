package vn.laocai.museum.app.search;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.ui.LanguageNames;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.search.FacetCount;
import vn.laocai.museum.search.SearchHit;
import vn.laocai.museum.search.SearchIndex;
import vn.laocai.museum.search.SearchResults;

/**
 * Search results for {@code /search?q=…}: species by any name, with or without diacritics, and
 * remedies, stories and knowledge records by their titles and texts, each labelled with its kind;
 * a facet sidebar whose values narrow the results, a corrected spelling when a word is unknown,
 * highlighted passages, order by relevance or name, and pages of {@value #PAGE_SIZE}. Every state
 * is a shareable URL ({@code /search?q=que&family=Lauraceae&sort=name&page=1}).
 */
@Route(value = "search", layout = MainLayout.class)
@AnonymousAllowed
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final int PAGE_SIZE = 20;
    /** Herbs offered when nothing is found: the first of the catalogue, the province's strategic herbs. */
    private static final int POPULAR = 9;

    private final SearchIndex index;
    private final SpeciesCatalog species;
    private final Div results = new Div();
    private final Aside facets = new Aside();
    private final H1 heading = new H1();
    private SearchState shown = SearchState.of(QueryParameters.empty());
    private java.util.Locale shownIn;

    public SearchView(SearchIndex index, SpeciesCatalog species) {
        this.index = index;
        this.species = species;
        addClassName("museum-search-page");
        results.addClassName("museum-results");
        facets.addClassName("museum-facets");

        Div columns = new Div(facets, results);
        columns.addClassName("museum-search-columns");
        add(heading, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(SearchState.of(event.getLocation().getQueryParameters()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (!getLocale().equals(shownIn)) {
            show(shown);
            event.getUI().getPage().setTitle(getPageTitle());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("search.title"));
    }

    /** Shows the results of a plain query, as {@code /search?q=…} does. */
    void show(String query) {
        show(SearchState.of(QueryParameters.simple(Map.of("q", query))));
    }

    void show(SearchState state) {
        shown = state;
        shownIn = getLocale();
        results.removeAll();
        facets.removeAll();
        facets.getElement().setAttribute("aria-label", getTranslation("search.filters"));
        String query = state.query();
        heading.setText(query.isEmpty() ? getTranslation("search.title") : getTranslation("search.resultsFor", query));
        if (query.isEmpty()) {
            return;
        }
        SearchResults found = index.search(state.request(PAGE_SIZE).inLanguage(ContentLanguage.code(getLocale())));
        if (found.didYouMean() != null && !found.didYouMean().isBlank()) {
            Paragraph suggestion = new Paragraph(getTranslation("search.didYouMean") + " ");
            Anchor corrected = new Anchor(SearchState.of(QueryParameters.simple(Map.of("q", found.didYouMean()))).url(),
                    found.didYouMean());
            corrected.addClassName("museum-did-you-mean");
            suggestion.add(corrected, new Span("?"));
            results.add(suggestion);
        }
        if (found.hits().isEmpty()) {
            results.add(new Paragraph(getTranslation("search.nothingFound", query)));
            results.add(popularHerbs());
            return;
        }
        results.add(summary(state, found));
        found.hits().forEach(hit -> card(hit).ifPresent(results::add));
        pager(state, found).ifPresent(results::add);
        facetSidebar(state, found);
    }

    private Div summary(SearchState state, SearchResults found) {
        Span count = new Span(getTranslation("search.count", found.total()));
        Anchor relevance = new Anchor(state.sortedBy("relevance").url(), getTranslation("search.sort.relevance"));
        Anchor byName = new Anchor(state.sortedBy("name").url(), getTranslation("search.sort.name"));
        (state.sort().equals("name") ? byName : relevance).getElement().setAttribute("aria-current", "true");
        Div summary = new Div(count, new Span(" · " + getTranslation("search.sortBy") + " "), relevance, new Span(" | "), byName);
        summary.addClassName("museum-search-summary");
        return summary;
    }

    private void facetSidebar(SearchState state, SearchResults found) {
        facets.add(new H2(getTranslation("search.filters")));
        found.facets().forEach((key, counts) -> {
            if (counts.isEmpty()) {
                return;
            }
            UnorderedList values = new UnorderedList();
            for (FacetCount count : counts) {
                boolean chosen = state.has(key, count.value());
                Anchor toggle = new Anchor(state.toggled(key, count.value()).url(),
                        (chosen ? "✓ " : "") + count.label() + " (" + count.count() + ")");
                if (chosen) {
                    // A link, not a toggle button: aria-pressed is not allowed on it; aria-current marks the chosen filter.
                    toggle.getElement().setAttribute("aria-current", "true");
                    toggle.addClassName("museum-facet-chosen");
                }
                values.add(new ListItem(toggle));
            }
            Nav group = new Nav(new H2(getTranslation("facet." + key)), values);
            group.addClassName("museum-facet");
            group.getElement().setAttribute("data-facet", key);
            facets.add(group);
        });
    }

    private Optional<Nav> pager(SearchState state, SearchResults found) {
        boolean previous = state.page() > 0;
        boolean next = (long) (state.page() + 1) * PAGE_SIZE < found.total();
        if (!previous && !next) {
            return Optional.empty();
        }
        Nav pager = new Nav();
        pager.addClassName("museum-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("search.pages"));
        if (previous) {
            pager.add(new Anchor(state.atPage(state.page() - 1).url(), "← " + getTranslation("search.previous")));
        }
        pager.add(new Span(" " + getTranslation("search.page", state.page() + 1) + " "));
        if (next) {
            pager.add(new Anchor(state.atPage(state.page() + 1).url(), getTranslation("search.next") + " →"));
        }
        return Optional.of(pager);
    }

    private Div popularHerbs() {
        UnorderedList list = new UnorderedList();
        ContentLanguage.speciesList(species, getLocale()).stream().limit(POPULAR).forEach(herb -> list.add(new ListItem(
                new Anchor(DocumentKind.SPECIES.page(herb.value().slug()), herb.value().title()))));
        Div popular = new Div(new H2(getTranslation("search.popular")), list);
        popular.addClassName("museum-popular");
        return popular;
    }

    /** The hit's card, linked to its page; none for an IRI that names no page (an index older than the site). */
    private Optional<Anchor> card(SearchHit hit) {
        String shownTitle = hit.displayTitle(ContentLanguage.code(getLocale()));
        return DocumentKind.ofIri(hit.iri()).map(kind -> {
            Span label = new Span(label(kind));
            label.addClassName("museum-result-kind");
            Span title = new Span(shownTitle);
            title.addClassName("museum-result-title");
            Div body = new Div(label, title);
            if (hit.scientificName() != null && !hit.scientificName().isEmpty()) {
                body.add(new Emphasis(" " + hit.scientificName()));
            }
            if (hit.matchedName() != null && !hit.matchedName().equals(shownTitle)) {
                Span matched = new Span(LanguageNames.of(hit.matchedNameLanguage(), getLocale()) + ": " + hit.matchedName());
                matched.addClassName("museum-result-matched");
                body.add(matched);
            }
            if (!hit.badges().isEmpty()) {
                Div badges = new Div();
                badges.addClassName("museum-result-badges");
                hit.badges().forEach(badge -> {
                    Span mark = new Span(getTranslation("search.badge." + badge));
                    mark.addClassName("museum-badge");
                    mark.getElement().setAttribute("data-badge", badge);
                    badges.add(mark);
                });
                body.add(badges);
            }
            if (hit.highlight() != null && !hit.highlight().isBlank()) {
                // The index escapes the passage; only its <mark> elements are markup.
                body.add(new Html("<p class=\"museum-result-snippet\">" + hit.highlight() + "</p>"));
            }
            Anchor card = new Anchor(kind.page(kind.slugOf(hit.iri()).orElseThrow()));
            if (hit.imageKey() != null && !hit.imageKey().isBlank()) {
                Image thumbnail = new Image("/media/" + hit.imageKey(), shownTitle);
                thumbnail.addClassName("museum-result-thumbnail");
                thumbnail.getElement().setAttribute("loading", "lazy");
                thumbnail.setWidth("96px");
                thumbnail.setHeight("72px");
                card.add(thumbnail);
            }
            card.add(body);
            card.addClassName("museum-result");
            return card;
        });
    }

    private String label(DocumentKind kind) {
        return getTranslation(SearchFirstHtml.kindKey(kind));
    }

    List<String> facetKeysShown() {
        return facets.getChildren().filter(child -> child instanceof Nav)
                .map(child -> child.getElement().getAttribute("data-facet")).toList();
    }
}
