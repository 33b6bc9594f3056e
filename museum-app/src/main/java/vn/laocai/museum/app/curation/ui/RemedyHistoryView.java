package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;

/** A remedy's publications, archivings and reverts, compared field by field; revert to any publication. */
@Route(value = RemedyHistoryView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER"})
public class RemedyHistoryView extends DocumentHistoryView {

    static final String ROUTE = "curation/remedy-history";

    public RemedyHistoryView(AuthenticationContext authentication, DocumentEditors editors) {
        super(EditorialKind.REMEDY, authentication, editors);
    }
}
