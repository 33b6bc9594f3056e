package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.Localized;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;

/** {@code /kiosk/stories/<slug>}: a story on the kiosk, its links turned into plain text. */
@Route(value = "kiosk/stories", layout = KioskLayout.class)
@AnonymousAllowed
public class KioskStoryView extends ReaderPage implements HasUrlParameter<String> {

    private final DocumentCatalog documents;
    private final MarkdownRenderer markdown;
    private String slug;

    public KioskStoryView(DocumentCatalog documents, MarkdownRenderer markdown) {
        this.documents = documents;
        this.markdown = markdown;
        addClassName("kiosk-story");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        this.slug = slug;
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        Localized<Document> localized = ContentLanguage.document(documents, DocumentKind.STORY, slug, reader)
                .orElseThrow(() -> new KioskPageNotFound("No story " + slug));
        Document story = localized.value();
        Anchor back = new Anchor("kiosk", getTranslation("kiosk.back"));
        back.addClassName("kiosk-back");
        H1 title = new H1(story.title());
        add(back, title);
        if (localized.fallsBackFrom(reader)) {
            add(DocumentSections.vietnameseOnly());
        }
        Paragraph lead = new Paragraph(story.summary());
        add(lead);
        Html text = new Html("<div class=\"museum-narrative\">" + KioskTiles.withoutLinks(markdown.toHtml(story.narrativeMarkdown())) + "</div>");
        add(text);
        if (localized.fallsBackFrom(reader)) {
            java.util.List.of(title, lead, text).forEach(c -> c.getElement().setAttribute("lang", localized.language().getLanguage()));
        }
        add(KioskTiles.sourcesAsText(getTranslation("content.sources"), story.sources()));
        return story.title();
    }
}
