package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.content.MarkdownRenderer;

/** The editor of a knowledge record, for the keepers of its community and reviewers; its ethnic group and access level are not edited here, so a restricted record stays restricted. */
@Route(value = "curation/knowledge", layout = MainLayout.class)
@RolesAllowed({"KEEPER", "REVIEWER"})
public class KnowledgeEditorView extends DocumentEditorView {

    public KnowledgeEditorView(AuthenticationContext authentication, DocumentEditors editors, MarkdownRenderer markdown) {
        super(EditorialKind.KNOWLEDGE, authentication, editors, markdown);
    }
}
