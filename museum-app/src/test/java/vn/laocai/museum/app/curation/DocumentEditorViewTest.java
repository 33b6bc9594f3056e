package vn.laocai.museum.app.curation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.DocumentEditing;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialState;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.editorial.HistoryEntry;
import vn.laocai.museum.app.curation.ui.KnowledgeEditorView;
import vn.laocai.museum.app.curation.ui.KnowledgeHistoryView;
import vn.laocai.museum.app.curation.ui.KnowledgeListView;
import vn.laocai.museum.app.curation.ui.RemedyHistoryView;
import vn.laocai.museum.app.curation.ui.SpeciesTextEditorView;
import vn.laocai.museum.app.curation.ui.SpeciesTextListView;
import vn.laocai.museum.app.curation.ui.StoryHistoryView;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.search.SearchIndex;

/**
 * The editors, lists and histories of species texts, stories and knowledge records without a
 * browser (Karibu), on the shipped corpus in a real TDB2 store and Lucene index.
 */
@ExtendWith(MuseumMockVaadin.PerTest.class)
class DocumentEditorViewTest {

    private static final String RESTRICTED = "red-dao-family-bath-recipes";

    @TempDir
    static Path directory;
    private static EditorialFixture fixture;
    private static Tdb2GraphStore store;
    private static SearchIndex index;
    private static DocumentEditors editors;
    private static DocumentEditing remedies;
    private static MutableClock clock;

    @BeforeAll
    static void load() {
        fixture = new EditorialFixture(directory);
        store = fixture.store;
        index = fixture.index;
        editors = fixture.editors;
        remedies = fixture.remedies();
        clock = fixture.clock;
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static void logIn(String name, String community, Role... roles) {
        EditorialFixture.logIn(name, community, roles);
    }

    private static SpeciesTextEditorView species(String slug) {
        SpeciesTextEditorView view = new SpeciesTextEditorView(new AuthenticationContext(), editors, new MarkdownRenderer());
        UI.getCurrent().add(view);
        view.setParameter(null, slug);
        return view;
    }

    private static TextArea area(com.vaadin.flow.component.Component view, String key) {
        return _get(view, TextArea.class, spec -> spec.withClasses("museum-editor-" + key));
    }

    private static void click(com.vaadin.flow.component.Component view, String name) {
        _get(view, Button.class, spec -> spec.withClasses("museum-editor-" + name)).click();
    }

    @Test
    void the_species_editor_shows_the_shapes_messages_next_to_the_sources_and_a_safe_preview() {
        logIn("lan-species", "", Role.CURATOR);
        SpeciesTextEditorView view = species("panax-stipuleanatus");
        assertThat(view.messageOf("sources")).isEmpty();
        area(view, "sources").setValue("");
        assertThat(view.messageOf("sources")).isNotBlank();
        assertThat(view.messageOf("narrative-vi")).isEmpty();
        area(view, "narrative-en").setValue("""
                Grows **slowly**.

                <script>alert('x')</script>
                [click](javascript:alert('z'))
                """);
        String html = view.previewHtml("narrative-en");
        assertThat(html).contains("<strong>slowly</strong>").contains("&lt;script&gt;");
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script").doesNotContain("href=\"javascript");
        // Names and taxonomy are not the species text's to edit.
        assertThat(_find(view, TextField.class, spec -> spec.withClasses("museum-editor-title-vi"))).isEmpty();
    }

    @Test
    void a_curator_saves_and_submits_a_species_text_and_a_reviewer_publishes_it_to_the_public_page() {
        String slug = "cinnamomum-cassia";
        logIn("lan-flow", "", Role.CURATOR);
        SpeciesTextEditorView lan = species(slug);
        area(lan, "narrative-vi").setValue("Vỏ quế Yênbáilux được bóc vào mùa mưa.");
        click(lan, "save");
        click(lan, "submit");
        assertThat(_find(lan, Button.class, spec -> spec.withClasses("museum-editor-publish"))).isEmpty();
        assertThat(area(lan, "narrative-vi").isReadOnly()).isTrue();
        assertThat(new SpeciesCatalog(store).find(slug, "vi").orElseThrow().narrativeMarkdown()).doesNotContain("Yênbáilux");

        logIn("hoa-flow", "", Role.REVIEWER);
        SpeciesTextEditorView hoa = species(slug);
        assertThat(_find(hoa, Button.class, spec -> spec.withClasses("museum-editor-save"))).allMatch(button -> !button.isVisible());
        click(hoa, "publish");
        assertThat(new SpeciesCatalog(store).find(slug, "vi").orElseThrow().narrativeMarkdown()).contains("Yênbáilux");
        assertThat(index.search("Yenbailux", 5)).extracting(hit -> hit.iri()).contains(DocumentKind.SPECIES.iri(slug));
        click(hoa, "archive");
        assertThat(editors.of(EditorialKind.SPECIES).workflow().revision(slug).orElseThrow().state()).isEqualTo(EditorialState.ARCHIVED);
        assertThat(index.search("Yenbailux", 5)).isEmpty();
    }

    @Test
    void two_curators_racing_on_a_species_text_get_the_merge_view() {
        String slug = "illicium-verum";
        logIn("lan-race", "", Role.CURATOR);
        SpeciesTextEditorView lan = species(slug);
        logIn("minh-race", "", Role.CURATOR);
        SpeciesTextEditorView minh = species(slug);

        logIn("lan-race", "", Role.CURATOR);
        area(lan, "uses-vi").setValue("Chữa đau bụng lạnh (bản của Lan).");
        click(lan, "save");

        logIn("minh-race", "", Role.CURATOR);
        area(minh, "uses-vi").setValue("Bản của Minh.");
        area(minh, "summary-en").setValue("Minh's summary.");
        click(minh, "save");
        Div conflict = _get(minh, Div.class, spec -> spec.withClasses("museum-editor-conflict"));
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively()).contains("lan-race").contains("bản của Lan").contains("Bản của Minh.");
        List<Div> differing = _find(conflict, Div.class, spec -> spec.withClasses("museum-editor-conflict-field"));
        assertThat(differing).extracting(div -> div.getElement().getAttribute("data-field")).containsExactly("summary-en", "uses-vi");
        _get(differing.get(0), Button.class, spec -> spec.withClasses("museum-editor-keep-mine")).click();
        _get(differing.get(1), Button.class, spec -> spec.withClasses("museum-editor-take-theirs")).click();
        click(minh, "save");

        var saved = editors.of(EditorialKind.SPECIES).load(new EditorialWorkflow.Editor("x", Set.of(Role.CURATOR)), slug).form();
        assertThat(saved.get("uses-vi")).isEqualTo("Chữa đau bụng lạnh (bản của Lan).");
        assertThat(saved.get("summary-en")).isEqualTo("Minh's summary.");
    }

    @Test
    void a_restricted_record_exists_only_for_its_keepers_and_reviewers() {
        logIn("sua", "H'Mông", Role.KEEPER, Role.CURATOR);
        KnowledgeListView list = new KnowledgeListView(new AuthenticationContext(), editors);
        assertThat(list.rows()).extracting(DocumentEditing.Row::slug).isNotEmpty().doesNotContain(RESTRICTED);
        KnowledgeEditorView editor = new KnowledgeEditorView(new AuthenticationContext(), editors, new MarkdownRenderer());
        UI.getCurrent().add(editor);
        editor.setParameter(null, RESTRICTED);
        assertThat(_get(editor, H1.class).getText()).isEqualTo("Không có bản ghi tri thức này.");
        assertThat(editor.getElement().getTextRecursively()).doesNotContain("Dao");
        KnowledgeHistoryView history = new KnowledgeHistoryView(new AuthenticationContext(), editors);
        history.open(RESTRICTED);
        assertThat(history.getElement().getTextRecursively()).doesNotContain(RESTRICTED.replace('-', ' ')).contains("Không có");

        logIn("mai", "Dao", Role.KEEPER);
        assertThat(new KnowledgeListView(new AuthenticationContext(), editors).rows()).extracting(DocumentEditing.Row::slug).contains(RESTRICTED);
        KnowledgeEditorView keeper = new KnowledgeEditorView(new AuthenticationContext(), editors, new MarkdownRenderer());
        UI.getCurrent().add(keeper);
        keeper.setParameter(null, RESTRICTED);
        assertThat(_get(keeper, H1.class).getText()).contains("Dao đỏ");
        area(keeper, "narrative-en").setValue("The community agreed to add this sentence.");
        click(keeper, "save");
        click(keeper, "submit");
        click(keeper, "publish");
        assertThat(DocumentCatalog.restricted(store).find(DocumentKind.KNOWLEDGE, RESTRICTED, "en").orElseThrow().narrativeMarkdown())
                .isEqualTo("The community agreed to add this sentence.");
        assertThat(new DocumentCatalog(store).find(DocumentKind.KNOWLEDGE, RESTRICTED, "en")).isEmpty();
        // The record's draft shares the drafts graph with the remedies' drafts, never their list.
        assertThat(remedies.list(EditorialFixture.READER)).extracting(DocumentEditing.Row::slug).doesNotContain(RESTRICTED);
    }

    @Test
    void the_species_list_shows_every_species_with_its_state() {
        logIn("lan-list", "", Role.CURATOR);
        SpeciesTextListView list = new SpeciesTextListView(new AuthenticationContext(), editors);
        assertThat(list.rows()).hasSizeGreaterThan(40).extracting(DocumentEditing.Row::slug).contains("panax-notoginseng");
    }

    @Test
    void revert_to_this_revision_in_a_story_history_opens_a_draft_with_that_text() {
        String slug = "ocop-duoc-lieu";
        DocumentEditing stories = editors.of(EditorialKind.STORY);
        EditorialWorkflow.Editor lan = new EditorialWorkflow.Editor("lan-revert", Set.of(Role.CURATOR));
        EditorialWorkflow.Editor hoa = new EditorialWorkflow.Editor("hoa-revert", Set.of(Role.REVIEWER));
        for (String title : List.of("OCOP, bản một", "OCOP, bản hai")) {
            clock.advance(Duration.ofMinutes(10));
            var loaded = stories.load(lan, slug);
            loaded.form().set("title-vi", title);
            stories.save(lan, loaded.form(), loaded.version());
            stories.workflow().submit(lan, slug);
            stories.workflow().publish(hoa, slug);
        }
        logIn("lan-revert", "", Role.CURATOR);
        StoryHistoryView view = new StoryHistoryView(new AuthenticationContext(), editors);
        UI.getCurrent().add(view);
        view.open(slug);
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> grid = _get(view, Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_find(view, Div.class, spec -> spec.withClasses("museum-history-diff-field")))
                .extracting(div -> div.getElement().getAttribute("data-field")).containsExactly("title-vi");
        assertThat(GridKt._getCellComponent(grid, 0, "revert")).isInstanceOf(Button.class);

        view.revert(GridKt._get(grid, 0));
        assertThat(view.revertResult()).contains("reason");
        clock.advance(Duration.ofMinutes(10));
        _get(view, TextArea.class, spec -> spec.withClasses("museum-history-revert-reason")).setValue("Bản hai sai tên.");
        view.revert(GridKt._get(grid, 0));
        assertThat(view.revertResult()).startsWith("Đã mở bản nháp");
        assertThat(stories.load(lan, slug).form().get("title-vi")).isEqualTo("OCOP, bản một");
        assertThat(stories.workflow().revision(slug).orElseThrow().state()).isEqualTo(EditorialState.DRAFT);
        assertThat(stories.workflow().history(slug).getLast().reason()).isEqualTo("Bản hai sai tên.");
    }

    @Test
    void a_remedy_history_reverts_too_and_a_reviewer_has_no_revert_button() {
        String slug = fixture.remedyAt(11);
        EditorialWorkflow.Editor lan = new EditorialWorkflow.Editor("lan-remedy", Set.of(Role.CURATOR));
        EditorialWorkflow.Editor hoa = new EditorialWorkflow.Editor("hoa-remedy", Set.of(Role.REVIEWER));
        String original = remedies.load(EditorialFixture.READER, slug).form().get("title-en");
        clock.advance(Duration.ofMinutes(10));
        remedies.workflow().start(lan, slug);
        remedies.workflow().submit(lan, slug);
        remedies.workflow().publish(hoa, slug);
        clock.advance(Duration.ofMinutes(10));
        var loaded = remedies.load(EditorialFixture.READER, slug);
        loaded.form().set("title-en", "A title to take back");
        remedies.save(lan, loaded.form(), loaded.version());
        remedies.workflow().submit(lan, slug);
        remedies.workflow().publish(hoa, slug);

        logIn("hoa-remedy", "", Role.REVIEWER);
        RemedyHistoryView reviewer = new RemedyHistoryView(new AuthenticationContext(), editors);
        reviewer.open(slug);
        assertThat(_find(reviewer, TextArea.class, spec -> spec.withClasses("museum-history-revert-reason"))).allMatch(area -> !area.isVisible());

        logIn("lan-remedy", "", Role.CURATOR);
        RemedyHistoryView view = new RemedyHistoryView(new AuthenticationContext(), editors);
        UI.getCurrent().add(view);
        view.open(slug);
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> grid = _get(view, Grid.class);
        _get(view, TextArea.class, spec -> spec.withClasses("museum-history-revert-reason")).setValue("The new title was wrong.");
        clock.advance(Duration.ofMinutes(10));
        view.revert(GridKt._get(grid, 0));
        assertThat(remedies.load(EditorialFixture.READER, slug).form().get("title-en")).isEqualTo(original);
        assertThat(remedies.workflow().history(slug).getLast().action()).isEqualTo("remedy-reverted");
    }
}
