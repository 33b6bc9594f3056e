package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;

/** A species text's publications, archivings and reverts, compared field by field; revert to any publication. */
@Route(value = "curation/species-history", layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER"})
public class SpeciesTextHistoryView extends DocumentHistoryView {

    public SpeciesTextHistoryView(AuthenticationContext authentication, DocumentEditors editors) {
        super(EditorialKind.SPECIES, authentication, editors);
    }
}
