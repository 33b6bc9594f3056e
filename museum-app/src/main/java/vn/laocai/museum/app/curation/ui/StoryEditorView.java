package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.content.MarkdownRenderer;

/** The editor of a story: titles, summaries and narratives in both languages, and its sources. */
@Route(value = "curation/stories", layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER"})
public class StoryEditorView extends DocumentEditorView {

    public StoryEditorView(AuthenticationContext authentication, DocumentEditors editors, MarkdownRenderer markdown) {
        super(EditorialKind.STORY, authentication, editors, markdown);
    }
}
