package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.search.SearchIndex;

/**
 * The editor of a remedy: titles and summaries in both languages, tradition and ethnic group, the
 * ingredients with a species picker, indications, contraindications, preparation, safety notes,
 * sources and the Vietnamese narrative.
 */
@Route(value = RemedyEditorView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER"})
public class RemedyEditorView extends DocumentEditorView {

    static final String ROUTE = "curation/remedies";

    public RemedyEditorView(AuthenticationContext authentication, DocumentEditors editors, MarkdownRenderer markdown, SearchIndex search) {
        super(EditorialKind.REMEDY, authentication, editors, markdown, search);
    }
}
