package vn.laocai.museum.app.remedies;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.NotFoundException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.base.ui.MedicalDisclaimer;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.knowledge.KnowledgeView;
import vn.laocai.museum.app.stories.StoryView;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** Remedy, story and knowledge pages without a browser (Karibu), on the shipped corpus in a real TDB2 store. */
class DocumentPagesTest {

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private DocumentCatalog catalog;
    private DocumentSections sections;

    @BeforeEach
    void setUp() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        catalog = new DocumentCatalog(store);
        sections = new DocumentSections(new MarkdownRenderer());
        MuseumMockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MuseumMockVaadin.tearDown();
        store.close();
    }

    @Test
    void every_remedy_page_carries_the_disclaimer_and_links_its_ingredients_to_species() {
        for (var remedy : catalog.list(vn.laocai.museum.ontology.DocumentKind.REMEDY, "vi")) {
            RemedyView view = new RemedyView(catalog, sections);
            UI.getCurrent().add(view);
            view.setParameter(null, remedy.slug());
            Div disclaimer = _get(view, Div.class, spec -> spec.withClasses("museum-disclaimer"));
            assertThat(disclaimer.getElement().getTextRecursively()).as(remedy.slug()).isEqualTo(MedicalDisclaimer.text(SiteLanguage.VIETNAMESE));
            UnorderedList ingredients = _get(view, UnorderedList.class, spec -> spec.withClasses("museum-ingredients"));
            assertThat(_find(ingredients, Anchor.class)).as(remedy.slug())
                    .isNotEmpty()
                    .allSatisfy(link -> assertThat(link.getHref()).startsWith("species/"));
            UI.getCurrent().remove(view);
        }
    }

    @Test
    void the_remedy_list_links_every_remedy() {
        RemedyView view = new RemedyView(catalog, sections);
        UI.getCurrent().add(view);
        view.setParameter(null, null);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Bài thuốc");
        assertThat(_find(view, Anchor.class)).hasSize(catalog.list(vn.laocai.museum.ontology.DocumentKind.REMEDY, "vi").size())
                .hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void a_story_shows_its_text_and_its_herbs() {
        StoryView view = new StoryView(catalog, sections);
        UI.getCurrent().add(view);
        var story = catalog.list(vn.laocai.museum.ontology.DocumentKind.STORY, "vi").getFirst();
        view.setParameter(null, story.slug());
        assertThat(_get(view, H1.class).getText()).isEqualTo(story.title());
        assertThat(view.getElement().getOuterHTML()).contains("museum-narrative");
    }

    @Test
    void the_restricted_knowledge_record_has_no_page() {
        KnowledgeView view = new KnowledgeView(catalog, sections);
        UI.getCurrent().add(view);
        assertThatThrownBy(() -> view.setParameter(null, "red-dao-family-bath-recipes")).isInstanceOf(NotFoundException.class);
        view.setParameter(null, "red-dao-herbal-bath");
        assertThat(_get(view, Div.class, spec -> spec.withClasses("museum-tk-notice")).getElement().getTextRecursively())
                .contains("Dao đỏ");
    }
}
