package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;

/** The knowledge records a keeper or reviewer may read, with their editorial state: a restricted record is listed only for its community's keepers and for reviewers. */
@Route(value = "curation/knowledge", layout = MainLayout.class)
@RolesAllowed({"KEEPER", "REVIEWER"})
public class KnowledgeListView extends DocumentListView {

    public KnowledgeListView(AuthenticationContext authentication, DocumentEditors editors) {
        super(EditorialKind.KNOWLEDGE, authentication, editors);
    }
}
