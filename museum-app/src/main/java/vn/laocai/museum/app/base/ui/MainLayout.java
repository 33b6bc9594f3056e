package vn.laocai.museum.app.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.search.SearchHit;
import vn.laocai.museum.search.SearchIndex;

/**
 * The frame of every public page: the museum's name, a search box that accepts any name of a
 * herb, and the VI | EN switch that shows the whole site in the other language at once.
 */
@AnonymousAllowed
@JavaScript("context://scripts/museum-suggest.js")
public class MainLayout extends AppLayout implements LocaleChangeObserver, AfterNavigationObserver {

    /** Suggestions offered while a visitor types; the search index answers each in under a millisecond. */
    private static final int SUGGESTIONS = 8;

    private final Anchor brand = new Anchor("", "");
    private final Anchor research = new Anchor("sparql-editor", "");
    private final Anchor stats = new Anchor("stats", "");
    private final TextField search = new TextField();
    private final Button go = new Button("", event -> submit());
    private final Div languages = new Div();
    private final UnorderedList suggestions = new UnorderedList();
    /** Who is logged in, for curators only: anonymous visitors (and kiosks) see no login link at all. */
    private final Div account = new Div();
    private final SearchIndex index;

    /** A frame without suggestions (views tested on their own). */
    public MainLayout() {
        this(null);
    }

    /** The frame whose search box suggests herbs by any name as the visitor types. */
    @Autowired
    public MainLayout(SearchIndex index) {
        this.index = index;
        brand.addClassName("museum-brand");
        // By route name: the SPARQL feature depends on this layout, not the other way round.
        research.addClassName("museum-nav-link");
        stats.addClassName("museum-nav-link");
        account.addClassName("museum-account");
        addToNavbar(brand, searchBox(), stats, research, languageSwitch(), account);
        // No side drawer: every page is reached from the header, cards and links.
        setDrawerOpened(false);
    }

    /** Shows the logged-in account's name (a link to the curation home) and a logout button. */
    @Autowired(required = false)
    void showAccount(AuthenticationContext authentication) {
        authentication.getPrincipalName().ifPresent(name -> {
            Anchor home = new Anchor("curation", name);
            home.addClassName("museum-account-name");
            Button logout = new Button(VaadinIcon.SIGN_OUT.create(), event -> authentication.logout());
            logout.addClassName("museum-logout");
            account.add(home, logout);
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale reader = SiteLanguage.supported(event.getLocale());
        brand.setText(getTranslation("site.name"));
        research.setText(getTranslation("nav.research"));
        stats.setText(getTranslation("nav.stats"));
        search.setPlaceholder(getTranslation("search.placeholder"));
        search.setAriaLabel(getTranslation("search.aria"));
        go.setText(getTranslation("search.button"));
        languages.getElement().setAttribute("aria-label", getTranslation("nav.language"));
        account.getChildren().filter(Anchor.class::isInstance).forEach(home -> home.getElement()
                .setAttribute("title", getTranslation("header.account", ((Anchor) home).getText())));
        account.getChildren().filter(Button.class::isInstance).forEach(logout -> {
            ((Button) logout).setAriaLabel(getTranslation("header.logout"));
            logout.getElement().setAttribute("title", getTranslation("header.logout"));
        });
        languages.getChildren().forEach(button -> button.getElement().setAttribute("aria-pressed",
                String.valueOf(button.getElement().getAttribute("lang").equals(reader.getLanguage()))));
        // Screen readers, hyphenation and the browser's translate offer follow the page's language.
        event.getUI().getPage().executeJs("document.documentElement.lang=$0", reader.getLanguage());
    }

    private Div searchBox() {
        search.setClearButtonVisible(true);
        // Lumo's own icon font (inside lumo.css) draws the magnifier: a VaadinIcon would make every
        // page fetch and run Vaadin's whole icon set (about 240 KB of script) for this one glyph.
        Span magnifier = new Span();
        magnifier.addClassName("museum-search-icon");
        magnifier.getElement().setAttribute("aria-hidden", "true");
        search.setPrefixComponent(magnifier);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addKeyPressListener(Key.ENTER, event -> submit());
        search.addClassName("museum-search-field");
        go.addClassName("museum-search-button");
        suggestions.addClassName("museum-suggestions");
        suggestions.setVisible(false);
        if (index != null) {
            search.addValueChangeListener(event -> suggest(event.getValue()));
        }
        Div box = new Div(search, go, suggestions);
        box.addClassName("museum-search");
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        suggestions.removeAll();
        suggestions.setVisible(false);
    }

    /** Links to the herbs, remedies and stories whose names begin with what was typed (folded). */
    void suggest(String typed) {
        suggestions.removeAll();
        String text = typed == null ? "" : typed.strip();
        List<SearchHit> hits = text.length() < 2 ? List.of() : index.suggest(text, SUGGESTIONS);
        String language = getLocale() == null ? "vi" : SiteLanguage.supported(getLocale()).getLanguage();
        for (SearchHit hit : hits) {
            DocumentKind.ofIri(hit.iri()).flatMap(kind -> kind.slugOf(hit.iri()).map(kind::page)).ifPresent(page -> {
                String title = hit.displayTitle(language);
                Anchor link = new Anchor(page, title);
                if (hit.scientificName() != null && !hit.scientificName().isBlank() && !hit.scientificName().equals(title)) {
                    Span latin = new Span(" " + hit.scientificName());
                    latin.getElement().setAttribute("lang", "la");
                    latin.addClassName("museum-suggestion-latin");
                    link.add(latin);
                }
                suggestions.add(new ListItem(link));
            });
        }
        suggestions.setVisible(suggestions.getComponentCount() > 0);
    }

    /** Two real buttons (Tab, Enter, Space), each named in its own language for screen readers. */
    private Div languageSwitch() {
        languages.addClassName("museum-languages");
        languages.getElement().setAttribute("role", "group");
        languages.add(languageButton(SiteLanguage.VIETNAMESE, "VI", "Tiếng Việt"),
                languageButton(SiteLanguage.ENGLISH, "EN", "English"));
        return languages;
    }

    private Button languageButton(Locale locale, String code, String name) {
        Button button = new Button(code, event -> SiteLanguage.apply(UI.getCurrent(), locale));
        button.addClassName("museum-language-" + locale.getLanguage());
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.setAriaLabel(name);
        button.getElement().setAttribute("title", name);
        return button;
    }

    private void submit() {
        String query = search.getValue().strip();
        if (!query.isEmpty()) {
            // By route name, not class: the search feature depends on this layout, not the other way round.
            UI.getCurrent().navigate("search", new QueryParameters(Map.of("q", List.of(query))));
        }
    }
}
