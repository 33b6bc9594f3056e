package vn.laocai.museum.app.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import java.util.Locale;
import java.util.Optional;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.Localized;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;

/**
 * A page for one kind of document: {@code /<kind>} lists them, {@code /<kind>/<slug>} shows one,
 * in the visitor's language (Vietnamese, marked, where a text has no translation yet). Subclasses
 * name the route and add what is particular to their kind.
 */
public abstract class DocumentPage extends VerticalLayout
        implements HasUrlParameter<String>, HasDynamicTitle, LocaleChangeObserver {

    protected final DocumentCatalog catalog;
    protected final DocumentSections sections;
    private final DocumentKind kind;
    private String slug;
    private String title;
    private Locale rendered;

    protected DocumentPage(DocumentKind kind, DocumentCatalog catalog, DocumentSections sections) {
        this.kind = kind;
        this.catalog = catalog;
        this.sections = sections;
        addClassName("museum-document");
    }

    /** The bundle key of the list page's heading, e.g. "remedy.listTitle". */
    protected abstract String listTitleKey();

    /** The bundle key of the sentence under the list heading. */
    protected abstract String listIntroductionKey();

    /** Fills the page for one document. */
    protected abstract void show(Document document);

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String slug) {
        this.slug = slug == null || slug.isBlank() ? null : slug;
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (!getLocale().equals(rendered)) {
            render();
            UI.getCurrent().getPage().setTitle(getPageTitle());
        }
    }

    private void render() {
        Locale reader = getLocale();
        if (slug == null) {
            renderList(reader);
        } else {
            Localized<Document> document = find(slug, reader)
                    .orElseThrow(() -> new NotFoundException("No " + kind + " " + slug));
            renderDocument(document, reader);
        }
        rendered = reader;
    }

    /** The document a page shows: from the public graph; a subclass may look further for readers allowed more. */
    protected Optional<Localized<Document>> find(String slug, Locale reader) {
        return ContentLanguage.document(catalog, kind, slug, reader);
    }

    private void renderList(Locale reader) {
        removeAll();
        title = getTranslation(listTitleKey());
        add(new H1(title), new Paragraph(getTranslation(listIntroductionKey())));
        add(DocumentSections.localizedLinks(title, ContentLanguage.list(catalog, kind, reader), reader).stream().skip(1)
                .toArray(Component[]::new));
    }

    private void renderDocument(Localized<Document> localized, Locale reader) {
        removeAll();
        Document document = localized.value();
        title = document.title();
        add(new H1(document.title()));
        if (localized.fallsBackFrom(reader)) {
            add(DocumentSections.vietnameseOnly());
        }
        if (!document.summary().isBlank()) {
            Paragraph lead = new Paragraph(document.summary());
            lead.addClassName("museum-lead");
            add(lead);
        }
        show(document);
        add(DocumentSections.sources(document.sources()).toArray(Component[]::new));
        if (localized.fallsBackFrom(reader)) {
            markVietnamese(localized.language());
        }
    }

    /** The document's own texts say they are Vietnamese; headings and notices stay in the reader's language. */
    private void markVietnamese(Locale language) {
        getChildren()
                .filter(child -> child instanceof H1 || child instanceof Paragraph || child instanceof Html
                        || child instanceof UnorderedList || child instanceof OrderedList)
                .forEach(child -> child.getElement().setAttribute("lang", language.toLanguageTag()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", title == null ? getTranslation(listTitleKey()) : title);
    }
}
