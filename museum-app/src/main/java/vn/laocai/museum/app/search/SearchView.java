package vn.laocai.museum.app.search;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import vn.laocai.museum.app.base.ui.LanguageNames;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.search.SearchHit;
import vn.laocai.museum.search.SearchIndex;

/**
 * Search results for {@code /search?q=…}: species by any name, with or without diacritics, and
 * remedies, stories and knowledge records by their titles and texts, each labelled with its kind.
 */
@Route(value = "search", layout = MainLayout.class)
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private static final int PAGE_SIZE = 20;

    private final SearchIndex index;
    private final Div results = new Div();
    private final H1 heading = new H1();
    private String query = "";
    private java.util.Locale shownIn;

    public SearchView(SearchIndex index) {
        this.index = index;
        addClassName("museum-search-page");
        results.addClassName("museum-results");
        add(heading, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        show(query);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (!getLocale().equals(shownIn)) {
            show(query);
            event.getUI().getPage().setTitle(getPageTitle());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("search.title"));
    }

    void show(String query) {
        this.query = query;
        this.shownIn = getLocale();
        results.removeAll();
        heading.setText(query.isEmpty() ? getTranslation("search.title") : getTranslation("search.resultsFor", query));
        List<SearchHit> hits = index.search(query, PAGE_SIZE);
        if (!query.isEmpty() && hits.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.nothingFound", query)));
        }
        hits.forEach(hit -> card(hit).ifPresent(results::add));
    }

    /** The hit's card, linked to its page; none for an IRI that names no page (an index older than the site). */
    private Optional<Anchor> card(SearchHit hit) {
        return DocumentKind.ofIri(hit.iri()).map(kind -> {
            Span label = new Span(label(kind));
            label.addClassName("museum-result-kind");
            Span title = new Span(hit.titleVi());
            title.addClassName("museum-result-title");
            Div body = new Div(label, title);
            if (hit.scientificName() != null && !hit.scientificName().isEmpty()) {
                body.add(new Emphasis(" " + hit.scientificName()));
            }
            if (hit.matchedName() != null && !hit.matchedName().equals(hit.titleVi())) {
                Span matched = new Span(LanguageNames.of(hit.matchedNameLanguage(), getLocale()) + ": " + hit.matchedName());
                matched.addClassName("museum-result-matched");
                body.add(matched);
            }
            Anchor card = new Anchor(kind.page(kind.slugOf(hit.iri()).orElseThrow()), body);
            card.addClassName("museum-result");
            return card;
        });
    }

    private String label(DocumentKind kind) {
        return getTranslation(switch (kind) {
            case SPECIES -> "kind.species";
            case REMEDY -> "kind.remedy";
            case STORY -> "kind.story";
            case KNOWLEDGE -> "kind.knowledge";
        });
    }
}
