package vn.laocai.museum.app.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;

/**
 * A page for one kind of document: {@code /<kind>} lists them, {@code /<kind>/<slug>} shows one.
 * Subclasses name the route and add what is particular to their kind.
 */
public abstract class DocumentPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final String SITE = " — Bảo tàng Dược liệu số Lào Cai";

    protected final DocumentCatalog catalog;
    protected final DocumentSections sections;
    private final DocumentKind kind;
    private String title;

    protected DocumentPage(DocumentKind kind, DocumentCatalog catalog, DocumentSections sections) {
        this.kind = kind;
        this.catalog = catalog;
        this.sections = sections;
        this.title = listTitle();
        addClassName("museum-document");
    }

    /** The heading of the list page, e.g. "Bài thuốc". */
    protected abstract String listTitle();

    /** A sentence under the list heading. */
    protected abstract String listIntroduction();

    /** Fills the page for one document. */
    protected abstract void show(Document document);

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String slug) {
        removeAll();
        if (slug == null || slug.isBlank()) {
            title = listTitle();
            add(new H1(listTitle()), new Paragraph(listIntroduction()));
            add(DocumentSections.links(listTitle(), catalog.list(kind, "vi")).stream().skip(1).toList()
                    .toArray(com.vaadin.flow.component.Component[]::new));
            return;
        }
        Document document = catalog.find(kind, slug, "vi").orElseThrow(() -> new NotFoundException("No " + kind + " " + slug));
        title = document.title();
        add(new H1(document.title()));
        if (!document.summary().isBlank()) {
            Paragraph lead = new Paragraph(document.summary());
            lead.addClassName("museum-lead");
            add(lead);
        }
        show(document);
        add(DocumentSections.sources(document.sources()).toArray(com.vaadin.flow.component.Component[]::new));
    }

    @Override
    public String getPageTitle() {
        return title + SITE;
    }
}
