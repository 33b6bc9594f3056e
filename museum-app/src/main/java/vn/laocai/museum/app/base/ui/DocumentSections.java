package vn.laocai.museum.app.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.laocai.museum.app.base.i18n.Localized;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.Document;

/** The parts every document page shares: the story text, statement lists, links and sources. */
public final class DocumentSections {

    private final MarkdownRenderer markdown;

    public DocumentSections(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The narrative as safe HTML, or nothing when there is none. */
    public Optional<Component> narrative(String markdownText) {
        if (markdownText == null || markdownText.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Html("<div class=\"museum-narrative\">" + markdown.toHtml(markdownText) + "</div>"));
    }

    /** A heading and a list of statements, each marked when no source confirms it; nothing when empty. */
    public static List<Component> statements(String heading, List<Document.Statement> statements, boolean ordered) {
        if (statements.isEmpty()) {
            return List.of();
        }
        var list = ordered ? new OrderedList() : new UnorderedList();
        for (Document.Statement statement : statements) {
            ListItem item = new ListItem(statement.text());
            if (!statement.verified()) {
                item.add(unverified());
            }
            list.add(item);
        }
        return List.of(new H2(heading), list);
    }

    /** A heading and links to other documents; nothing when empty. */
    public static List<Component> links(String heading, List<Document.Link> links) {
        if (links.isEmpty()) {
            return List.of();
        }
        UnorderedList list = new UnorderedList();
        links.forEach(link -> list.add(new ListItem(new Anchor(link.kind().page(link.slug()),
                link.title() == null ? link.slug() : link.title()))));
        return List.of(new H2(heading), list);
    }

    /** The sources, as links that open outside the museum. */
    public static List<Component> sources(List<Document.Source> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        OrderedList list = new OrderedList();
        list.addClassName("museum-sources");
        for (Document.Source source : sources) {
            Anchor anchor = new Anchor(source.url(), source.title() == null ? source.url() : source.title());
            anchor.getElement().setAttribute("rel", "nofollow noopener");
            anchor.setTarget("_blank");
            list.add(new ListItem(anchor));
        }
        return List.of(new H2(text("content.sources")), list);
    }

    /** The "unverified" badge. */
    public static Span unverified() {
        Span badge = new Span(text("content.unverified"));
        badge.addClassName("museum-unverified");
        badge.getElement().setAttribute("title", text("content.unverifiedTitle"));
        return badge;
    }

    /** The "Vietnamese only" badge, for a text shown in Vietnamese because it has no translation yet. */
    public static Span vietnameseOnly() {
        Span badge = new Span(text("content.vietnameseOnly"));
        badge.addClassName("museum-vi-only");
        UI ui = UI.getCurrent();
        // The badge speaks the reader's language, inside an element marked as Vietnamese.
        badge.getElement().setAttribute("lang", SiteLanguage.supported(ui == null ? null : ui.getLocale()).getLanguage());
        badge.getElement().setAttribute("title", text("content.vietnameseOnlyTitle"));
        return badge;
    }

    /**
     * Marks a component whose text is in another language than the reader's: its {@code lang}
     * attribute for screen readers and hyphenation, and the badge when it fell back to Vietnamese.
     */
    public static <C extends Component & HasComponents> C mark(C component, Localized<?> content, Locale reader) {
        if (content.fallsBackFrom(reader)) {
            component.getElement().setAttribute("lang", content.language().toLanguageTag());
            component.add(vietnameseOnly());
        }
        return component;
    }

    /** A heading and links to documents whose titles may be in Vietnamese only; nothing when empty. */
    public static List<Component> localizedLinks(String heading, List<Localized<Document.Link>> links, Locale reader) {
        if (links.isEmpty()) {
            return List.of();
        }
        UnorderedList list = new UnorderedList();
        for (Localized<Document.Link> localized : links) {
            Document.Link link = localized.value();
            Anchor anchor = new Anchor(link.kind().page(link.slug()), link.title() == null ? link.slug() : link.title());
            if (localized.fallsBackFrom(reader)) {
                anchor.getElement().setAttribute("lang", localized.language().toLanguageTag());
            }
            list.add(mark(new ListItem(anchor), localized, reader));
        }
        return List.of(new H2(heading), list);
    }

    /** A text of the site's bundles in the language of the current page. */
    static String text(String key, Object... params) {
        UI ui = UI.getCurrent();
        return MuseumTranslations.text(ui == null ? SiteLanguage.VIETNAMESE : ui.getLocale(), key, params);
    }

    /** A box of text that stands out: disclaimers and warnings. */
    public static Div notice(String className, String text) {
        Div notice = new Div(new Span(text));
        notice.addClassName(className);
        notice.getElement().setAttribute("role", "note");
        return notice;
    }
}
