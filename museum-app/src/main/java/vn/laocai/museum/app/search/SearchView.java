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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import vn.laocai.museum.app.base.ui.LanguageNames;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.search.SearchHit;
import vn.laocai.museum.search.SearchIndex;

/** Search results for {@code /search?q=…}: any name, with or without diacritics. */
@Route(value = "search", layout = MainLayout.class)
@PageTitle("Tìm kiếm — Bảo tàng Dược liệu số Lào Cai")
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    private static final int PAGE_SIZE = 20;

    private final SearchIndex index;
    private final Div results = new Div();
    private final H1 heading = new H1("Tìm kiếm");

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

    void show(String query) {
        results.removeAll();
        heading.setText(query.isEmpty() ? "Tìm kiếm" : "Kết quả cho “" + query + "”");
        List<SearchHit> hits = index.search(query, PAGE_SIZE);
        if (!query.isEmpty() && hits.isEmpty()) {
            results.add(new Paragraph("Không tìm thấy dược liệu nào khớp với “" + query + "”."));
        }
        hits.forEach(hit -> results.add(card(hit)));
    }

    private static Anchor card(SearchHit hit) {
        String slug = hit.iri().substring((MuseumVocab.ID + "species/").length());
        Span title = new Span(hit.titleVi());
        title.addClassName("museum-result-title");
        Div body = new Div(title, new Emphasis(" " + hit.scientificName()));
        if (hit.matchedName() != null && !hit.matchedName().equals(hit.titleVi())) {
            Span matched = new Span(LanguageNames.vietnamese(hit.matchedNameLanguage()) + ": " + hit.matchedName());
            matched.addClassName("museum-result-matched");
            body.add(matched);
        }
        Anchor card = new Anchor("species/" + slug, body);
        card.addClassName("museum-result");
        return card;
    }
}
