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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.EditorialState;
import vn.laocai.museum.app.curation.editorial.DocumentEditing;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.editorial.HistoryEntry;
import vn.laocai.museum.app.curation.ui.IngredientsField;
import vn.laocai.museum.app.curation.ui.RemedyEditorView;
import vn.laocai.museum.app.curation.ui.RemedyListView;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.MuseumVocab;

/** The remedy list and editor without a browser (Karibu), on the shipped corpus in a real TDB2 store and Lucene index. */
@ExtendWith(MuseumMockVaadin.PerTest.class)
class RemedyEditorViewTest {

    @TempDir
    static Path directory;
    private static EditorialFixture fixture;
    private static DocumentEditing editing;
    private static MutableClock clock;

    @BeforeAll
    static void load() {
        fixture = new EditorialFixture(directory);
        editing = fixture.remedies();
        clock = fixture.clock;
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static void logIn(String name, Role... roles) {
        EditorialFixture.logIn(name, "", roles);
    }

    private static RemedyEditorView editor(String slug) {
        RemedyEditorView view = new RemedyEditorView(new AuthenticationContext(), fixture.editors, new MarkdownRenderer(), fixture.index);
        UI.getCurrent().add(view);
        view.setParameter(null, slug);
        return view;
    }

    private static String slugAt(int position) {
        return fixture.remedyAt(position);
    }

    private static TextField textField(RemedyEditorView view, String field) {
        return _get(view, TextField.class, spec -> spec.withClasses("museum-remedy-" + field));
    }

    private static TextArea textArea(RemedyEditorView view, String field) {
        return _get(view, TextArea.class, spec -> spec.withClasses("museum-remedy-" + field));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_list_shows_every_remedy_in_vietnamese_order_with_its_state_and_filters_by_state() {
        logIn("lan-list", Role.CURATOR);
        String slug = slugAt(3);
        editing.workflow().start(new EditorialWorkflow.Editor("lan-list", Set.of(Role.CURATOR)), slug);
        RemedyListView view = new RemedyListView(new AuthenticationContext(), fixture.editors,
                new vn.laocai.museum.app.curation.editorial.RemedyCsv(editing, event -> { }, clock));
        UI.getCurrent().add(view);
        Grid<DocumentEditing.Row> grid = _get(view, Grid.class);
        List<DocumentEditing.Row> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).hasSizeGreaterThan(5);
        com.ibm.icu.text.Collator vietnamese = com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLanguageTag("vi"));
        List<String> titles = rows.stream().map(DocumentEditing.Row::title).toList();
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(vietnamese::compare);
        assertThat(titles).isEqualTo(sorted);
        assertThat(rows).filteredOn(row -> row.slug().equals(slug)).extracting(DocumentEditing.Row::state).containsExactly(EditorialState.DRAFT);
        assertThat(rows).filteredOn(row -> !row.slug().equals(slug)).extracting(DocumentEditing.Row::state).contains(EditorialState.PUBLISHED);

        Select<EditorialState> filter = _get(view, Select.class);
        filter.setValue(EditorialState.DRAFT);
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).slug()).toList()).contains(slug)
                .allMatch(each -> editing.workflow().revision(each).orElseThrow().state() == EditorialState.DRAFT);
    }

    @Test
    void shape_messages_appear_next_to_the_fields_they_are_about_as_the_form_changes() {
        logIn("lan-shapes", Role.CURATOR);
        RemedyEditorView view = editor(slugAt(0));
        assertThat(view.messageOf("title-en")).isEmpty();
        assertThat(view.messageOf("sources")).isEmpty();

        textField(view, "title-en").setValue("");
        assertThat(view.messageOf("title-en")).isEqualTo("Trang chưa có tên tiếng Anh (schema:name @en).");
        assertThat(textField(view, "title-en").isInvalid()).isTrue();
        assertThat(view.messageOf("title-vi")).isEmpty();

        textArea(view, "sources").setValue("");
        assertThat(view.messageOf("sources")).startsWith("Mỗi trang cần ít nhất một nguồn");

        textField(view, "title-en").setValue("A new English title");
        assertThat(view.messageOf("title-en")).isEmpty();
        assertThat(textField(view, "title-en").isInvalid()).isFalse();

        _find(view, Button.class, spec -> spec.withText("Bỏ")).forEach(Button::click);
        assertThat(view.messageOf("ingredients")).contains("Mỗi bài thuốc cần ít nhất một vị thuốc");
    }

    @Test
    void the_picker_finds_species_by_any_name_and_adds_an_ingredient_with_part_and_amount() {
        logIn("lan-picker", Role.CURATOR);
        RemedyEditorView view = editor(slugAt(1));
        int before = _find(view, Div.class, spec -> spec.withClasses("museum-remedy-ingredient")).size();
        assertThat(_get(view, IngredientsField.class).speciesHits("三七")).isNotEmpty().allMatch(hit -> hit.type().equals("species"));

        _get(view, TextField.class, spec -> spec.withClasses("museum-remedy-picker")).setValue("三七");
        Button hit = _find(view, Button.class, spec -> spec.withClasses("museum-remedy-picker-hit")).getFirst();
        assertThat(hit.getText()).contains("Tam thất");
        hit.click();

        List<Div> rows = _find(view, Div.class, spec -> spec.withClasses("museum-remedy-ingredient"));
        assertThat(rows).hasSize(before + 1);
        Div added = rows.getLast();
        _get(added, Select.class).setValue("root");
        _get(added, TextField.class).setValue("6 g");
        assertThat(view.messageOf("ingredients")).isEmpty();
        _get(view, Button.class, spec -> spec.withClasses("museum-remedy-save")).click();

        var ingredients = editing.load(EditorialFixture.READER, slugAt(1)).form().ingredients();
        assertThat(ingredients.getLast().species()).isEqualTo(MuseumVocab.speciesIri("panax-notoginseng"));
        assertThat(ingredients.getLast().part()).isEqualTo("root");
        assertThat(ingredients.getLast().amount()).isEqualTo("6 g");
    }

    @Test
    void the_markdown_preview_renders_and_runs_no_script() {
        logIn("lan-preview", Role.CURATOR);
        RemedyEditorView view = editor(slugAt(2));
        textArea(view, "narrative").setValue("""
                Uống **ấm**, chia *hai* lần.

                <script>alert('x')</script>
                <img src="x" onerror="alert('y')">

                [bấm](javascript:alert('z'))
                """);
        String html = view.previewHtml("narrative");
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
        textField(lan, "title-en").setValue("Lan's title");
        _get(lan, Button.class, spec -> spec.withClasses("museum-remedy-save")).click();
        assertThat(editing.load(EditorialFixture.READER, slug).form().get("title-en")).isEqualTo("Lan's title");

        logIn("minh-race", Role.CURATOR);
        textField(minh, "title-en").setValue("Minh's title");
        textArea(minh, "summary-en").setValue("Minh's summary");
        _get(minh, Button.class, spec -> spec.withClasses("museum-remedy-save")).click();

        Div conflict = _get(minh, Div.class, spec -> spec.withClasses("museum-remedy-conflict"));
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively()).contains("lan-race").contains("Lan's title").contains("Minh's title");
        assertThat(editing.load(EditorialFixture.READER, slug).form().get("title-en")).isEqualTo("Lan's title");
        List<Div> differing = _find(conflict, Div.class, spec -> spec.withClasses("museum-remedy-conflict-field"));
        assertThat(differing).extracting(div -> div.getElement().getAttribute("data-field")).containsExactly("title-en", "summary-en");

        _get(differing.get(0), Button.class, spec -> spec.withClasses("museum-remedy-take-theirs")).click();
        _get(differing.get(1), Button.class, spec -> spec.withClasses("museum-remedy-keep-mine")).click();
        _get(minh, Button.class, spec -> spec.withClasses("museum-remedy-save")).click();

        var saved = editing.load(EditorialFixture.READER, slug).form();
        assertThat(saved.get("title-en")).isEqualTo("Lan's title");
        assertThat(saved.get("summary-en")).isEqualTo("Minh's summary");
        assertThat(editing.load(EditorialFixture.READER, slug).revision().orElseThrow().changedBy()).isEqualTo("minh-race");
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
        textArea(lan, "summary-en").setValue("A shorter summary.");
        _get(lan, Button.class, spec -> spec.withClasses("museum-remedy-save")).click();
        _get(lan, Button.class, spec -> spec.withClasses("museum-remedy-submit")).click();
        assertThat(editing.workflow().revision(slug).orElseThrow().state()).isEqualTo(EditorialState.IN_REVIEW);
        assertThat(_find(lan, Button.class, spec -> spec.withClasses("museum-remedy-publish"))).isEmpty();
        assertThat(textArea(lan, "summary-en").isReadOnly()).isTrue();

        logIn("hoa-flow", Role.REVIEWER);
        RemedyEditorView hoa = editor(slug);
        assertThat(_find(hoa, Button.class, spec -> spec.withClasses("museum-remedy-save"))).isEmpty();
        assertThat(textArea(hoa, "summary-en").isReadOnly()).isTrue();
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
        assertThat(new vn.laocai.museum.ontology.DocumentCatalog(fixture.store).find(vn.laocai.museum.ontology.DocumentKind.REMEDY, slug, "en")
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
            var loaded = editing.load(EditorialFixture.READER, slug);
            loaded.form().set("title-en", title);
            editing.save(lan, loaded.form(), loaded.version());
            editing.workflow().submit(lan, slug);
            editing.workflow().publish(hoa, slug);
        }
        logIn("lan-history", Role.CURATOR);
        vn.laocai.museum.app.curation.ui.RemedyHistoryView view = new vn.laocai.museum.app.curation.ui.RemedyHistoryView(new AuthenticationContext(), fixture.editors);
        UI.getCurrent().add(view);
        view.open(slug);

        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> grid = _get(view, Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).who()).isEqualTo("hoa-history");
        assertThat(GridKt._get(grid, 0).action()).isEqualTo("remedy-published");
        List<Div> changed = _find(view, Div.class, spec -> spec.withClasses("museum-remedy-diff-field"));
        assertThat(changed).extracting(div -> div.getElement().getAttribute("data-field")).containsExactly("title-en");
        assertThat(_get(changed.getFirst(), Div.class, spec -> spec.withClasses("museum-remedy-diff-before")).getElement().getTextRecursively())
                .contains("First edition");
        assertThat(_get(changed.getFirst(), Div.class, spec -> spec.withClasses("museum-remedy-diff-after")).getElement().getTextRecursively())
                .contains("Second edition");
    }
}
