package vn.laocai.museum.app.knowledge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.laocai.museum.app.base.ui.DocumentPage;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;

/**
 * Ethnic-knowledge records that their communities chose to share. Community-restricted records
 * live in another graph and never reach this page.
 */
@Route(value = "knowledge", layout = MainLayout.class)
@AnonymousAllowed
public class KnowledgeView extends DocumentPage {

    public KnowledgeView(DocumentCatalog catalog, DocumentSections sections) {
        super(DocumentKind.KNOWLEDGE, catalog, sections);
    }

    @Override
    protected String listTitleKey() {
        return "knowledge.listTitle";
    }

    @Override
    protected String listIntroductionKey() {
        return "knowledge.listIntroduction";
    }

    @Override
    protected void show(Document record) {
        add(DocumentSections.notice("museum-tk-notice", getTranslation("knowledge.notice", record.community())));
        if (!record.ethnicGroup().isBlank()) {
            add(new Paragraph(getTranslation("knowledge.ethnicGroup", record.ethnicGroup())));
        }
        sections.narrative(record.narrativeMarkdown()).ifPresent(this::add);
        add(DocumentSections.links(getTranslation("knowledge.species"), record.links(DocumentKind.SPECIES)).toArray(Component[]::new));
    }
}
