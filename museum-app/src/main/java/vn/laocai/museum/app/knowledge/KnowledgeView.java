package vn.laocai.museum.app.knowledge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
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
public class KnowledgeView extends DocumentPage {

    public KnowledgeView(DocumentCatalog catalog, DocumentSections sections) {
        super(DocumentKind.KNOWLEDGE, catalog, sections);
    }

    @Override
    protected String listTitle() {
        return "Tri thức bản địa";
    }

    @Override
    protected String listIntroduction() {
        return "Tri thức về cây thuốc của các dân tộc Lào Cai, được chia sẻ với sự đồng ý của cộng đồng.";
    }

    @Override
    protected void show(Document record) {
        add(DocumentSections.notice("museum-tk-notice", "Tri thức này thuộc về " + record.community()
                + ". Xin ghi rõ nguồn cộng đồng khi nhắc lại và không dùng vào mục đích thương mại khi chưa được cộng đồng đồng ý."));
        if (!record.ethnicGroup().isBlank()) {
            add(new Paragraph("Dân tộc: " + record.ethnicGroup()));
        }
        sections.narrative(record.narrativeMarkdown()).ifPresent(this::add);
        add(DocumentSections.links("Dược liệu liên quan", record.links(DocumentKind.SPECIES)).toArray(Component[]::new));
    }
}
