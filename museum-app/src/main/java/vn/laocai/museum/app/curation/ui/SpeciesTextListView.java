package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;

/** Every species text with its editorial state, for curators and reviewers. */
@Route(value = "curation/species", layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER"})
public class SpeciesTextListView extends DocumentListView {

    public SpeciesTextListView(AuthenticationContext authentication, DocumentEditors editors) {
        super(EditorialKind.SPECIES, authentication, editors);
    }
}
