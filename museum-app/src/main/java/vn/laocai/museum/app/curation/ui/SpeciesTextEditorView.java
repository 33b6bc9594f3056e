package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.content.MarkdownRenderer;

/** The editor of a species' prose (summary, narrative, uses, safety and cultivation notes, sources), not of its names or taxonomy. */
@Route(value = "curation/species", layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER"})
public class SpeciesTextEditorView extends DocumentEditorView {

    public SpeciesTextEditorView(AuthenticationContext authentication, DocumentEditors editors, MarkdownRenderer markdown) {
        super(EditorialKind.SPECIES, authentication, editors, markdown);
    }
}
