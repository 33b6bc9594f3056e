package vn.laocai.museum.app.stories;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.laocai.museum.app.base.ui.DocumentPage;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;

/** Stories and exhibition texts: the list, and each story with the herbs it tells about. */
@Route(value = "stories", layout = MainLayout.class)
@AnonymousAllowed
public class StoryView extends DocumentPage {

    public StoryView(DocumentCatalog catalog, DocumentSections sections) {
        super(DocumentKind.STORY, catalog, sections);
    }

    @Override
    protected String listTitleKey() {
        return "story.listTitle";
    }

    @Override
    protected String listIntroductionKey() {
        return "story.listIntroduction";
    }

    @Override
    protected void show(Document story) {
        sections.narrative(story.narrativeMarkdown()).ifPresent(this::add);
        add(DocumentSections.links(getTranslation("story.species"), story.links(DocumentKind.SPECIES)).toArray(Component[]::new));
    }
}
