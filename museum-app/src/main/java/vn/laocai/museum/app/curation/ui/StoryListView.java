package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;

/** Every story with its editorial state, for curators and reviewers. */
@Route(value = "curation/stories", layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER"})
public class StoryListView extends DocumentListView {

    public StoryListView(AuthenticationContext authentication, DocumentEditors editors) {
        super(EditorialKind.STORY, authentication, editors);
    }
}
