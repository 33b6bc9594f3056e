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
import java.util.List;
import java.util.Optional;
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
        return List.of(new H2("Nguồn"), list);
    }

    /** The "unverified" badge. */
    public static Span unverified() {
        Span badge = new Span("chưa kiểm chứng");
        badge.addClassName("museum-unverified");
        badge.getElement().setAttribute("title", "Chưa có nguồn xác nhận / unverified");
        return badge;
    }

    /** A box of text that stands out: disclaimers and warnings. */
    public static Div notice(String className, String text) {
        Div notice = new Div(new Span(text));
        notice.addClassName(className);
        notice.getElement().setAttribute("role", "note");
        return notice;
    }
}
