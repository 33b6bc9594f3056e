package vn.laocai.museum.app.curation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.curation.account.Account;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.EditorialState;
import vn.laocai.museum.app.curation.editorial.RemedyEditing;
import vn.laocai.museum.app.curation.editorial.RemedyForm.Field;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.security.MuseumUser;
import vn.laocai.museum.app.curation.ui.RemedyEditorView;
import vn.laocai.museum.app.curation.ui.RemedyListView;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.search.GraphIndexer;
import vn.laocai.museum.search.SearchIndex;

/** The remedy list and editor without a browser (Karibu), on the shipped corpus in a real TDB2 store and Lucene index. */
class RemedyEditorViewTest {

    @TempDir
    static Path directory;
    private static Tdb2GraphStore store;
    private static SearchIndex index;
    private static RemedyEditing editing;
    private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

    @BeforeAll
    static void load() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        index = SearchIndex.inMemory();
        GraphIndexer indexer = new GraphIndexer(store, index);
        indexer.rebuild();
        EditorialWorkflow workflow = new EditorialWorkflow(EditorialKind.REMEDY, store, ShaclValidator.museum(), clock, indexer::update);
        editing = new RemedyEditing(workflow, store, ShaclValidator.museum());
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    @BeforeEach
    void setUp() {
        MuseumMockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MuseumMockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private static void logIn(String name, Role... roles) {
        MuseumUser user = new MuseumUser(new Account(name, "{noop}x", Set.of(roles), "", true, Instant.EPOCH, Instant.EPOCH));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private static RemedyEditorView editor(String slug) {
        RemedyEditorView view = new RemedyEditorView(new AuthenticationContext(), editing, new MarkdownRenderer(), index);
        UI.getCurrent().add(view);
        view.setParameter(null, slug);
        return view;
    }

    private static String slugAt(int position) {
        return editing.list().get(position).slug();
    }

    private static TextField textField(RemedyEditorView view, Field field) {
        return _get(view, TextField.class, spec -> spec.withClasses("museum-remedy-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    }

    private static TextArea textArea(RemedyEditorView view, Field field) {
        return _get(view, TextArea.class, spec -> spec.withClasses("museum-remedy-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_list_shows_every_remedy_in_vietnamese_order_with_its_state_and_filters_by_state() {
        logIn("lan-list", Role.CURATOR);
        String slug = slugAt(3);
        editing.workflow().start(new EditorialWorkflow.Editor("lan-list", Set.of(Role.CURATOR)), slug);
        RemedyListView view = new RemedyListView(new AuthenticationContext(), editing,
                new vn.laocai.museum.app.curation.editorial.RemedyCsv(editing, event -> { }, clock));
        UI.getCurrent().add(view);
        Grid<RemedyEditing.Row> grid = _get(view, Grid.class);
        List<RemedyEditing.Row> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).hasSizeGreaterThan(5);
        com.ibm.icu.text.Collator vietnamese = com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLanguageTag("vi"));
        List<String> titles = rows.stream().map(RemedyEditing.Row::title).toList();
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(vietnamese::compare);
        assertThat(titles).isEqualTo(sorted);
        assertThat(rows).filteredOn(row -> row.slug().equals(slug)).extracting(RemedyEditing.Row::state).containsExactly(EditorialState.DRAFT);
        assertThat(rows).filteredOn(row -> !row.slug().equals(slug)).extracting(RemedyEditing.Row::state).contains(EditorialState.PUBLISHED);

        Select<EditorialState> filter = _get(view, Select.class);
        filter.setValue(EditorialState.DRAFT);
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).slug()).toList()).contains(slug)
                .allMatch(each -> editing.workflow().revision(each).orElseThrow().state() == EditorialState.DRAFT);
    }

    @Test
    void shape_messages_appear_next_to_the_fields_they_are_about_as_the_form_changes() {
        logIn("lan-shapes", Role.CURATOR);
        RemedyEditorView view = editor(slugAt(0));
        assertThat(view.messageOf(Field.TITLE_EN)).isEmpty();
        assertThat(view.messageOf(Field.SOURCES)).isEmpty();

        textField(view, Field.TITLE_EN).setValue("");
        assertThat(view.messageOf(Field.TITLE_EN)).isEqualTo("Trang chưa có tên tiếng Anh (schema:name @en).");
        assertThat(textField(view, Field.TITLE_EN).isInvalid()).isTrue();
        assertThat(view.messageOf(Field.TITLE_VI)).isEmpty();

        textArea(view, Field.SOURCES).setValue("");
        assertThat(view.messageOf(Field.SOURCES)).startsWith("Mỗi trang cần ít nhất một nguồn");

        textField(view, Field.TITLE_EN).setValue("A new English title");
        assertThat(view.messageOf(Field.TITLE_EN)).isEmpty();
        assertThat(textField(view, Field.TITLE_EN).isInvalid()).isFalse();

        _find(view, Button.class, spec -> spec.withText("Bỏ")).forEach(Button::click);
        assertThat(view.messageOf(Field.INGREDIENTS)).contains("Mỗi bài thuốc cần ít nhất một vị thuốc");
    }

    @Test
    void the_picker_finds_species_by_any_name_and_adds_an_ingredient_with_part_and_amount() {
        logIn("lan-picker", Role.CURATOR);
        RemedyEditorView view = editor(slugAt(1));
        int before = _find(view, Div.class, spec -> spec.withClasses("museum-remedy-ingredient")).size();
        assertThat(view.speciesHits("三七")).isNotEmpty().allMatch(hit -> hit.type().equals("species"));

        _get(view, TextField.class, spec -> spec.withClasses("museum-remedy-picker")).setValue("三七");
        Button hit = _find(view, Button.class, spec -> spec.withClasses("museum-remedy-picker-hit")).getFirst();
        assertThat(hit.getText()).contains("Tam thất");
        hit.click();

        List<Div> rows = _find(view, Div.class, spec -> spec.withClasses("museum-remedy-ingredient"));
        assertThat(rows).hasSize(before + 1);
        Div added = rows.getLast();
        _get(added, Select.class).setValue("root");
        _get(added, TextField.class).setValue("6 g");
        assertThat(view.messageOf(Field.INGREDIENTS)).isEmpty();
        _get(view, Button.class, spec -> spec.withClasses("museum-remedy-save")).click();

        var ingredients = editing.load(slugAt(1)).form().ingredients();
        assertThat(ingredients.getLast().species()).isEqualTo(MuseumVocab.speciesIri("panax-notoginseng"));
        assertThat(ingredients.getLast().part()).isEqualTo("root");
        assertThat(ingredients.getLast().amount()).isEqualTo("6 g");
    }

    @Test
    void the_markdown_preview_renders_and_runs_no_script() {
        logIn("lan-preview", Role.CURATOR);
        RemedyEditorView view = editor(slugAt(2));
        textArea(view, Field.NARRATIVE).setValue("""
                Uống **ấm**, chia *hai* lần.

                <script>alert('x')</script>
                <img src="x" onerror="alert('y')">

                [bấm](javascript:alert('z'))
                """);
        String html = view.previewHtml();
        assertThat(html).contains("<strong>ấm</strong>").contains("<em>hai</em>");
        // The tags come out as text, never as elements or attributes a browser would run.
        assertThat(html).contains("&lt;script&gt;");
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script").doesNotContain("<img")
                .doesNotContain("onerror=").doesNotContain("href=\"javascript");
    }

    @Test
    void two_curators_racing_the_second_save_is_refused_naming_the_first_and_merges_field_by_field() {
        String slug = slugAt(4);
        logIn("lan-race", Role.CURATOR);
        RemedyEditorView lan = editor(slug);
        logIn("minh-race", Role.CURATOR);
        RemedyEditorView minh = editor(slug);

        logIn("lan-race", Role.CURATOR);
        textField(lan, Field.TITLE_EN).setValue("Lan's title");
        _get(lan, Button.class, spec -> spec.withClasses("museum-remedy-save")).click();
        assertThat(editing.load(slug).form().get(Field.TITLE_EN)).isEqualTo("Lan's title");

        logIn("minh-race", Role.CURATOR);
        textField(minh, Field.TITLE_EN).setValue("Minh's title");
        textArea(minh, Field.SUMMARY_EN).setValue("Minh's summary");
        _get(minh, Button.class, spec -> spec.withClasses("museum-remedy-save")).click();

        Div conflict = _get(minh, Div.class, spec -> spec.withClasses("museum-remedy-conflict"));
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively()).contains("lan-race").contains("Lan's title").contains("Minh's title");
        assertThat(editing.load(slug).form().get(Field.TITLE_EN)).isEqualTo("Lan's title");
        List<Div> differing = _find(conflict, Div.class, spec -> spec.withClasses("museum-remedy-conflict-field"));
        assertThat(differing).extracting(div -> div.getElement().getAttribute("data-field")).containsExactly("TITLE_EN", "SUMMARY_EN");

        _get(differing.get(0), Button.class, spec -> spec.withClasses("museum-remedy-take-theirs")).click();
        _get(differing.get(1), Button.class, spec -> spec.withClasses("museum-remedy-keep-mine")).click();
        _get(minh, Button.class, spec -> spec.withClasses("museum-remedy-save")).click();

        var saved = editing.load(slug).form();
        assertThat(saved.get(Field.TITLE_EN)).isEqualTo("Lan's title");
        assertThat(saved.get(Field.SUMMARY_EN)).isEqualTo("Minh's summary");
        assertThat(editing.load(slug).revision().orElseThrow().changedBy()).isEqualTo("minh-race");
    }

    @Test
    void the_editor_links_to_the_remedys_picture_and_model_upload() {
        String slug = slugAt(3);
        logIn("lan-media", Role.CURATOR);
        Anchor link = _get(editor(slug), Anchor.class, spec -> spec.withClasses("museum-editor-media-link"));
        assertThat(link.getHref()).isEqualTo("curation/media/remedy/" + slug);
        assertThat(link.getText()).isEqualTo("Ảnh và mô hình 3D: tải lên cho mục này");
    }

    @Test
    void workflow_steps_follow_the_roles_and_comments_are_shown_in_order() {
        String slug = slugAt(5);
        logIn("lan-flow", Role.CURATOR);
        RemedyEditorView lan = editor(slug);
        assertThat(_find(lan, Button.class, spec -> spec.withClasses("museum-remedy-submit"))).isEmpty();
        textArea(lan, Field.SUMMARY_EN).setValue("A shorter summary.");
        _get(lan, Button.class, spec -> spec.withClasses("museum-remedy-save")).click();
        _get(lan, Button.class, spec -> spec.withClasses("museum-remedy-submit")).click();
        assertThat(editing.workflow().revision(slug).orElseThrow().state()).isEqualTo(EditorialState.IN_REVIEW);
        assertThat(_find(lan, Button.class, spec -> spec.withClasses("museum-remedy-publish"))).isEmpty();
        assertThat(textArea(lan, Field.SUMMARY_EN).isReadOnly()).isTrue();

        logIn("hoa-flow", Role.REVIEWER);
        RemedyEditorView hoa = editor(slug);
        assertThat(_find(hoa, Button.class, spec -> spec.withClasses("museum-remedy-save"))).isEmpty();
        assertThat(textArea(hoa, Field.SUMMARY_EN).isReadOnly()).isTrue();
        _get(hoa, TextArea.class, spec -> spec.withClasses("museum-remedy-why")).setValue("Thiếu nguồn cho liều dùng.");
        _get(hoa, Button.class, spec -> spec.withClasses("museum-remedy-send-back")).click();
        assertThat(editing.workflow().revision(slug).orElseThrow().state()).isEqualTo(EditorialState.DRAFT);

        clock.advance(java.time.Duration.ofMinutes(2));
        logIn("lan-flow", Role.CURATOR);
        lan = editor(slug);
        _get(lan, TextArea.class, spec -> spec.withClasses("museum-remedy-comment-text")).setValue("Đã thêm nguồn.");
        _get(lan, Button.class, spec -> spec.withClasses("museum-remedy-add-comment")).click();
        _get(lan, Button.class, spec -> spec.withClasses("museum-remedy-submit")).click();

        logIn("hoa-flow", Role.REVIEWER);
        hoa = editor(slug);
        assertThat(_find(hoa, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("museum-remedy-comment")))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .satisfiesExactly(first -> assertThat(first).contains("hoa-flow: Thiếu nguồn cho liều dùng."),
                        second -> assertThat(second).contains("lan-flow: Đã thêm nguồn."));
        _get(hoa, Button.class, spec -> spec.withClasses("museum-remedy-publish")).click();
        assertThat(editing.workflow().revision(slug).orElseThrow().state()).isEqualTo(EditorialState.PUBLISHED);
        assertThat(new vn.laocai.museum.ontology.DocumentCatalog(store).find(vn.laocai.museum.ontology.DocumentKind.REMEDY, slug, "en")
                .orElseThrow().summary()).isEqualTo("A shorter summary.");
        assertThat(_find(hoa, Button.class, spec -> spec.withClasses("museum-remedy-archive"))).hasSize(1);
    }

    @Test
    void the_history_lists_publications_from_the_audit_graph_and_compares_two_field_by_field() {
        String slug = slugAt(6);
        EditorialWorkflow.Editor lan = new EditorialWorkflow.Editor("lan-history", Set.of(Role.CURATOR));
        EditorialWorkflow.Editor hoa = new EditorialWorkflow.Editor("hoa-history", Set.of(Role.REVIEWER));
        for (String title : List.of("First edition", "Second edition")) {
            clock.advance(java.time.Duration.ofMinutes(10));
            var loaded = editing.load(slug);
            loaded.form().set(Field.TITLE_EN, title);
            editing.save(lan, loaded.form(), loaded.version());
            editing.workflow().submit(lan, slug);
            editing.workflow().publish(hoa, slug);
        }
        logIn("lan-history", Role.CURATOR);
        vn.laocai.museum.app.curation.ui.RemedyHistoryView view = new vn.laocai.museum.app.curation.ui.RemedyHistoryView(new AuthenticationContext(), editing);
        UI.getCurrent().add(view);
        view.open(slug);

        @SuppressWarnings("unchecked")
        Grid<EditorialWorkflow.HistoryEntry> grid = _get(view, Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).who()).isEqualTo("hoa-history");
        assertThat(GridKt._get(grid, 0).action()).isEqualTo("remedy-published");
        List<Div> changed = _find(view, Div.class, spec -> spec.withClasses("museum-remedy-diff-field"));
        assertThat(changed).extracting(div -> div.getElement().getAttribute("data-field")).containsExactly("TITLE_EN");
        assertThat(_get(changed.getFirst(), Div.class, spec -> spec.withClasses("museum-remedy-diff-before")).getElement().getTextRecursively())
                .contains("First edition");
        assertThat(_get(changed.getFirst(), Div.class, spec -> spec.withClasses("museum-remedy-diff-after")).getElement().getTextRecursively())
                .contains("Second edition");
    }
}
