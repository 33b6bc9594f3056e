package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;

/** A knowledge record's publications, archivings and reverts, for those who may read it; revert to any publication. */
@Route(value = "curation/knowledge-history", layout = MainLayout.class)
@RolesAllowed({"KEEPER", "REVIEWER"})
public class KnowledgeHistoryView extends DocumentHistoryView {

    public KnowledgeHistoryView(AuthenticationContext authentication, DocumentEditors editors) {
        super(EditorialKind.KNOWLEDGE, authentication, editors);
    }
}
