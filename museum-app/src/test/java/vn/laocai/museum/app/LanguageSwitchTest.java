package vn.laocai.museum.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.HomeView;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.species.SpeciesView;
import vn.laocai.museum.app.stories.StoryView;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/**
 * The VI | EN switch without a browser (Karibu): pages re-render in the other language at once,
 * and a text with no English version yet is shown in Vietnamese, marked. The English text of the
 * story of Văn Yên cinnamon is taken out of the graph, so that it is Vietnamese-only.
 */
class LanguageSwitchTest {

    private static final String VIETNAMESE_ONLY_STORY = "que-van-yen";

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private MainLayout layout;

    @BeforeEach
    void setUp() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        withoutEnglish(DocumentKind.STORY.iri(VIETNAMESE_ONLY_STORY));
        MuseumMockVaadin.setup();
        layout = new MainLayout();
        UI.getCurrent().add(layout);
    }

    /** The loader wants both languages; a curator's new text in the graph may have only Vietnamese. */
    private void withoutEnglish(String iri) {
        Model graph = store.construct(MuseumGraph.PUBLIC, QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), Map.of());
        List<Statement> english = graph.listStatements().toList().stream()
                .filter(statement -> statement.getSubject().isURIResource() && statement.getSubject().getURI().startsWith(iri))
                .filter(statement -> statement.getObject().isLiteral() && "en".equals(statement.getObject().asLiteral().getLanguage()))
                .toList();
        assertThat(english).isNotEmpty();
        graph.remove(english);
        store.write(writer -> {
            writer.clear(MuseumGraph.PUBLIC);
            writer.add(MuseumGraph.PUBLIC, graph);
        });
    }

    @AfterEach
    void tearDown() {
        MuseumMockVaadin.tearDown();
        store.close();
    }

    @Test
    void the_en_button_shows_the_species_page_and_the_header_in_english_and_vi_brings_vietnamese_back() {
        SpeciesView view = new SpeciesView(new SpeciesCatalog(store), new DocumentCatalog(store), new MarkdownRenderer());
        UI.getCurrent().add(view);
        view.setParameter(null, "panax-notoginseng");
        assertThat(_get(view, H1.class).getText()).isEqualTo("Tam thất");
        assertThat(_get(layout, Button.class, spec -> spec.withClasses("museum-search-button")).getText()).isEqualTo("Tìm");

        _click(_get(layout, Button.class, spec -> spec.withText("EN")));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(SiteLanguage.ENGLISH);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Notoginseng");
        assertThat(view.getPageTitle()).isEqualTo("Notoginseng — Lào Cai Digital Medicinal-Herb Museum");
        assertThat(_find(view, H2.class).stream().map(H2::getText)).contains("Names", "Traditional uses");
        assertThat(_get(view, UnorderedList.class, spec -> spec.withClasses("museum-names")).getElement().getTextRecursively())
                .contains("Chinese characters: 三七").contains("Scientific name: Panax pseudo-ginseng");
        assertThat(_find(view, Span.class, spec -> spec.withClasses("museum-vi-only"))).isEmpty();
        assertThat(_get(layout, Button.class, spec -> spec.withClasses("museum-search-button")).getText()).isEqualTo("Search");
        assertThat(_get(layout, Button.class, spec -> spec.withText("EN")).getElement().getAttribute("aria-pressed")).isEqualTo("true");

        _click(_get(layout, Button.class, spec -> spec.withText("VI")));

        assertThat(_get(view, H1.class).getText()).isEqualTo("Tam thất");
        assertThat(_find(view, H2.class).stream().map(H2::getText)).contains("Tên gọi");
    }

    @Test
    void the_language_switch_is_a_labelled_group_of_two_buttons() {
        var group = _get(layout, com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("museum-languages"));
        assertThat(group.getElement().getAttribute("role")).isEqualTo("group");
        assertThat(group.getElement().getAttribute("aria-label")).isEqualTo("Ngôn ngữ");
        assertThat(_find(group, Button.class).stream().map(button -> button.getElement().getAttribute("aria-label")))
                .containsExactly("Tiếng Việt", "English");
    }

    @Test
    void a_story_without_english_text_is_shown_in_vietnamese_with_a_marker() {
        MuseumMockVaadin.switchTo(SiteLanguage.ENGLISH);
        StoryView view = new StoryView(new DocumentCatalog(store), new DocumentSections(new MarkdownRenderer()));
        UI.getCurrent().add(view);
        view.setParameter(null, VIETNAMESE_ONLY_STORY);

        H1 heading = _get(view, H1.class);
        assertThat(heading.getText()).isEqualTo("Quế Văn Yên và chỉ dẫn địa lý số 00018");
        assertThat(heading.getElement().getAttribute("lang")).isEqualTo("vi");
        Span marker = _get(view, Span.class, spec -> spec.withClasses("museum-vi-only"));
        assertThat(marker.getText()).isEqualTo("Vietnamese only");
        assertThat(marker.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(_find(view, H2.class).stream().map(H2::getText)).contains("Herbs in this story");

        view.setParameter(null, "bao-ton-sam-panax");
        assertThat(_get(view, H1.class).getText()).isEqualTo("Keeping the ginsengs alive");
        assertThat(_get(view, H1.class).getElement().getAttribute("lang")).isNull();
        assertThat(_find(view, Span.class, spec -> spec.withClasses("museum-vi-only"))).isEmpty();
    }

    @Test
    void the_english_story_list_marks_the_vietnamese_title_and_sorts_in_english_order() {
        MuseumMockVaadin.switchTo(SiteLanguage.ENGLISH);
        StoryView view = new StoryView(new DocumentCatalog(store), new DocumentSections(new MarkdownRenderer()));
        UI.getCurrent().add(view);
        view.setParameter(null, null);

        assertThat(_get(view, H1.class).getText()).isEqualTo("Stories");
        ListItem vietnamese = _find(view, ListItem.class).stream()
                .filter(item -> _get(item, Anchor.class).getHref().endsWith(VIETNAMESE_ONLY_STORY))
                .findFirst().orElseThrow();
        assertThat(vietnamese.getElement().getAttribute("lang")).isEqualTo("vi");
        assertThat(_find(vietnamese, Span.class, spec -> spec.withClasses("museum-vi-only"))).hasSize(1);
        var titles = _find(view, Anchor.class).stream().map(Anchor::getText).toList();
        assertThat(titles).hasSize(9).isSortedAccordingTo(com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.ENGLISH)::compare);
    }

    @Test
    void the_home_page_changes_language_with_its_cards() {
        HomeView home = new HomeView(new SpeciesCatalog(store));
        UI.getCurrent().add(home);
        assertThat(_find(home, H2.class).getFirst().getText()).isEqualTo("Bộ sưu tập");
        assertThat(home.getPageTitle()).isEqualTo("Bảo tàng Dược liệu số Lào Cai");

        _click(_get(layout, Button.class, spec -> spec.withText("EN")));

        assertThat(_get(home, H1.class).getText()).isEqualTo("Lào Cai Digital Medicinal-Herb Museum");
        assertThat(_find(home, H2.class).getFirst().getText()).isEqualTo("The collection");
        assertThat(_find(home, Span.class, spec -> spec.withClasses("museum-card-title")).stream().map(Span::getText))
                .contains("Notoginseng");
    }
}
