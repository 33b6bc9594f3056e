package vn.laocai.museum.app.curation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.editorial.EditorialState;
import vn.laocai.museum.app.curation.editorial.RemedyCsv;
import vn.laocai.museum.app.curation.editorial.RemedyCsv.Change;
import vn.laocai.museum.app.curation.editorial.DocumentEditing;
import vn.laocai.museum.app.curation.editorial.DocumentForm;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.ui.RemedyListView;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** The remedies' CSV round trip on the shipped corpus in a real TDB2 store: export, preview, confirm; and the list view's import (Karibu). */
@ExtendWith(MuseumMockVaadin.PerTest.class)
class RemedyCsvTest {

    private static final EditorialWorkflow.Editor READER = EditorialFixture.READER;
    @TempDir
    static Path directory;
    private static EditorialFixture fixture;
    private static Tdb2GraphStore store;
    private static DocumentEditing editing;
    private static RemedyCsv csv;
    private static final List<AuditEvent> events = new CopyOnWriteArrayList<>();
    private static MutableClock clock;
    private static final EditorialWorkflow.Editor CURATOR = new EditorialWorkflow.Editor("lan-csv", Set.of(Role.CURATOR));

    @BeforeAll
    static void load() {
        fixture = new EditorialFixture(directory);
        store = fixture.store;
        clock = fixture.clock;
        editing = fixture.remedies();
        csv = new RemedyCsv(editing, events::add, clock);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** The export's rows, as a spreadsheet would show them (BOM removed). */
    private static List<List<String>> exported() throws IOException {
        String text = new String(csv.export(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            rows.add(new ArrayList<>(record.toList()));
        }
        return rows;
    }

    private static byte[] file(List<List<String>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The header and the row of one remedy, edited. */
    private static List<List<String>> edited(String slug, Consumer<List<String>> edit) throws IOException {
        List<List<String>> rows = exported();
        List<String> row = rows.stream().filter(r -> r.getFirst().equals(slug)).findFirst().orElseThrow();
        edit.accept(row);
        return new ArrayList<>(List.of(rows.getFirst(), row));
    }

    private static int column(String name) {
        return RemedyCsv.COLUMNS.indexOf(name);
    }

    private static String slugAt(int position) {
        return fixture.remedyAt(position);
    }

    private static boolean isPublic(String slug) {
        return !store.construct(MuseumGraph.PUBLIC, QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <"
                + MuseumVocab.resourceIri("remedy", slug) + ">) }"), Map.of()).isEmpty();
    }

    private static String publicTitle(String slug) {
        return DocumentForm.read(EditorialKind.REMEDY, slug, editing.content(slug, Optional.empty())).get("title-en");
    }

    @Test
    void an_exported_file_imported_unchanged_shows_no_change() throws IOException {
        List<List<String>> rows = exported();
        assertThat(rows.getFirst()).isEqualTo(RemedyCsv.COLUMNS);
        assertThat(rows).hasSize(editing.list(READER).size() + 1);
        assertThat(rows.stream().skip(1).map(r -> r.get(column("ingredients")))).allMatch(cell -> cell.matches("[a-z0-9-]+:[a-z-]*:[^;]*(; [a-z0-9-]+:[a-z-]*:[^;]*)*"));

        List<RemedyCsv.Row> preview = csv.preview(file(rows));
        assertThat(preview).hasSize(rows.size() - 1);
        assertThat(preview).allSatisfy(row -> assertThat(row.change()).as(row.slug() + " " + row.errors() + row.fields()).isEqualTo(Change.UNCHANGED));
        // The same file with the BOM the export wrote reads the same.
        assertThat(csv.preview(csv.export())).extracting(RemedyCsv.Row::change).containsOnly(Change.UNCHANGED);
    }

    @Test
    void edited_rows_show_which_fields_changed_and_nothing_is_written_before_the_confirmation() throws IOException {
        String slug = slugAt(4);
        String version = editing.version(slug);
        List<List<String>> rows = edited(slug, row -> {
            row.set(column("title_en"), "A retitled remedy");
            row.set(column("safety_vi"), row.get(column("safety_vi")) + "\nKhông dùng cho trẻ nhỏ.");
        });
        List<RemedyCsv.Row> preview = csv.preview(file(rows));
        assertThat(preview).singleElement().satisfies(row -> {
            assertThat(row.change()).isEqualTo(Change.CHANGED);
            assertThat(row.fields()).containsExactly("title-en", "safety");
            assertThat(row.line()).isEqualTo(2);
        });
        assertThat(editing.version(slug)).isEqualTo(version);
        assertThat(publicTitle(slug)).isNotEqualTo("A retitled remedy");
    }

    @Test
    void bad_rows_show_their_reasons_and_a_confirmation_writes_nothing() throws IOException {
        List<List<String>> rows = exported();
        List<String> header = rows.getFirst();
        List<String> unknownSpecies = new ArrayList<>(rows.get(1));
        unknownSpecies.set(column("ingredients"), "no-such-plant:root:5 g");
        List<String> badPart = new ArrayList<>(rows.get(2));
        badPart.set(column("ingredients"), rows.get(2).get(column("ingredients")).replaceFirst(":[a-z-]*:", ":petal:"));
        List<String> noTitle = new ArrayList<>(rows.get(3));
        noTitle.set(column("title_vi"), " ");
        List<String> formula = new ArrayList<>(rows.get(4));
        formula.set(column("summary_en"), "=HYPERLINK(\"http://example.org\")");
        List<String> duplicate = new ArrayList<>(rows.get(5));
        duplicate.set(column("title_en"), "Changed, but a second row of the same remedy");
        List<String> good = new ArrayList<>(rows.get(5));
        good.set(column("title_en"), "A good change");
        List<String> shapes = new ArrayList<>(rows.get(6));
        shapes.set(column("sources"), "");
        List<String> shortRow = rows.get(7).subList(0, 3);
        Map<String, String> versions = new java.util.HashMap<>();
        rows.stream().skip(1).forEach(r -> versions.put(r.getFirst(), editing.version(r.getFirst())));

        byte[] bytes = file(List.of(header, unknownSpecies, badPart, noTitle, formula, good, duplicate, shapes, shortRow));
        List<RemedyCsv.Row> preview = csv.preview(bytes);
        assertThat(preview).extracting(RemedyCsv.Row::change)
                .containsExactly(Change.ERROR, Change.ERROR, Change.ERROR, Change.ERROR, Change.CHANGED, Change.ERROR, Change.ERROR, Change.ERROR);
        assertThat(preview.get(0).errors()).containsExactly("ingredients: unknown species slug no-such-plant");
        assertThat(preview.get(1).errors()).singleElement().asString().startsWith("ingredients: bad part petal");
        assertThat(preview.get(2).errors()).containsExactly("title_vi: missing required field");
        assertThat(preview.get(3).errors()).singleElement().asString().startsWith("summary_en: a value beginning with = would run as a formula");
        assertThat(preview.get(5).errors()).singleElement().asString().startsWith("slug: duplicate slug");
        assertThat(preview.get(6).errors()).allMatch(error -> error.startsWith("SHACL violation ("))
                .contains("SHACL violation (sources): A document needs at least one source, each a dct:BibliographicResource.");
        assertThat(preview.get(7).errors()).singleElement().asString().startsWith("malformed row: 3 cells");

        assertThatThrownBy(() -> csv.confirm(CURATOR, bytes, preview, "")).isInstanceOf(RemedyCsv.Stale.class);
        versions.forEach((slug, version) -> assertThat(editing.version(slug)).as(slug).isEqualTo(version));
    }

    @Test
    void a_row_with_a_slug_the_museum_does_not_have_becomes_a_new_remedy_in_draft() throws IOException {
        String slug = "bai-thuoc-moi-tu-bang-tinh";
        byte[] bytes = file(edited(slugAt(7), row -> {
            row.set(column("slug"), slug);
            row.set(column("title_vi"), "Bài thuốc mới từ bảng tính");
        }));
        List<RemedyCsv.Row> preview = csv.preview(bytes);
        assertThat(preview).singleElement().satisfies(row -> {
            assertThat(row.change()).isEqualTo(Change.NEW);
            assertThat(row.errors()).isEmpty();
            assertThat(row.fields()).contains("title-vi", "title-en", "sources", "ingredients");
        });

        assertThat(csv.confirm(CURATOR, bytes, preview, "")).containsExactly(slug);
        assertThat(editing.workflow().revision(slug).orElseThrow().state()).isEqualTo(EditorialState.DRAFT);
        assertThat(editing.list(READER)).anySatisfy(row -> {
            assertThat(row.slug()).isEqualTo(slug);
            assertThat(row.state()).isEqualTo(EditorialState.DRAFT);
        });
        assertThat(isPublic(slug)).isFalse();
        // Published by a reviewer as any draft: only then is it public.
        editing.workflow().submit(CURATOR, slug);
        editing.workflow().publish(new EditorialWorkflow.Editor("minh-csv", Set.of(Role.REVIEWER)), slug);
        assertThat(publicTitle(slug)).isEqualTo(preview.getFirst().form().orElseThrow().get("title-en"));
        // The same file again: the remedy now exists and nothing changed.
        assertThat(csv.preview(bytes)).extracting(RemedyCsv.Row::change).containsExactly(Change.UNCHANGED);
    }

    @Test
    void a_new_remedy_without_sources_is_an_error_and_the_file_writes_nothing() throws IOException {
        String changed = slugAt(8);
        String version = editing.version(changed);
        List<List<String>> rows = edited(changed, row -> row.set(column("title_en"), "Changed beside a bad new row"));
        rows.add(edited(slugAt(7), row -> {
            row.set(column("slug"), "bai-thuoc-khong-nguon");
            row.set(column("sources"), "");
        }).get(1));
        byte[] bytes = file(rows);
        List<RemedyCsv.Row> preview = csv.preview(bytes);
        assertThat(preview).extracting(RemedyCsv.Row::change).containsExactly(Change.CHANGED, Change.ERROR);
        assertThat(preview.get(1).errors()).anyMatch(error -> error.startsWith("SHACL violation (sources)"));
        assertThat(preview.get(1).problems()).extracting(problem -> problem.text(SiteLanguage.VIETNAMESE))
                .anyMatch(error -> error.startsWith("Vi phạm ràng buộc SHACL (sources): "));

        assertThatThrownBy(() -> csv.confirm(CURATOR, bytes, preview, "")).isInstanceOf(RemedyCsv.Stale.class);
        assertThat(editing.version(changed)).isEqualTo(version);
        assertThat(editing.exists("bai-thuoc-khong-nguon")).isFalse();
    }

    @Test
    void broken_quoting_is_a_malformed_row() throws IOException {
        List<List<String>> rows = exported();
        String text = new String(file(rows.subList(0, 3)), StandardCharsets.UTF_8);
        // A quote opened in the second remedy's title and never closed swallows the rest of the file.
        String broken = text.replaceFirst("\r\n" + rows.get(2).getFirst() + ",", "\r\n" + rows.get(2).getFirst() + ",\"x\"y");
        List<RemedyCsv.Row> preview = csv.preview(broken.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.getLast().change()).isEqualTo(Change.ERROR);
        assertThat(preview.getLast().errors()).singleElement().asString().startsWith("malformed row");
        assertThatThrownBy(() -> csv.confirm(CURATOR, broken.getBytes(StandardCharsets.UTF_8), preview, "")).isInstanceOf(RemedyCsv.Stale.class);
    }

    @Test
    void a_formula_looking_value_goes_out_with_an_apostrophe_and_comes_back_without() throws IOException {
        String slug = slugAt(8);
        byte[] bytes = file(edited(slug, row -> row.set(column("summary_en"), "'-based on an old Dao recipe")));
        List<RemedyCsv.Row> preview = csv.preview(bytes);
        assertThat(preview).singleElement().extracting(RemedyCsv.Row::change).isEqualTo(Change.CHANGED);
        csv.confirm(CURATOR, bytes, preview, "");
        assertThat(editing.load(READER, slug).form().get("summary-en")).isEqualTo("-based on an old Dao recipe");
        List<String> row = exported().stream().filter(r -> r.getFirst().equals(slug)).findFirst().orElseThrow();
        assertThat(row.get(column("summary_en"))).isEqualTo("'-based on an old Dao recipe");
    }

    @Test
    void a_confirmed_import_writes_drafts_and_leaves_the_public_remedy_until_it_is_published() throws IOException {
        String first = slugAt(9);
        String second = slugAt(10);
        String publicTitle = publicTitle(first);
        List<List<String>> rows = edited(first, row -> row.set(column("title_en"), "Imported title"));
        rows.add(edited(second, row -> row.set(column("ingredients"), row.get(column("ingredients")).replaceFirst(":([a-z-]*):[^;]*", ":$1:9 g"))).get(1));
        byte[] bytes = file(rows);
        List<RemedyCsv.Row> preview = csv.preview(bytes);
        assertThat(preview).extracting(RemedyCsv.Row::change).containsExactly(Change.CHANGED, Change.CHANGED);
        assertThat(preview.get(1).fields()).containsExactly("ingredients");
        int before = events.size();

        assertThat(csv.confirm(CURATOR, bytes, preview, "10.0.0.7")).containsExactly(first, second);

        assertThat(editing.workflow().revision(first).orElseThrow().state()).isEqualTo(EditorialState.DRAFT);
        assertThat(editing.workflow().revision(first).orElseThrow().changedBy()).isEqualTo("lan-csv");
        assertThat(editing.load(READER, first).form().get("title-en")).isEqualTo("Imported title");
        assertThat(editing.load(READER, second).form().ingredients().getFirst().amount()).isEqualTo("9 g");
        assertThat(publicTitle(first)).isEqualTo(publicTitle);
        assertThat(events.subList(before, events.size())).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.REMEDIES_IMPORTED);
            assertThat(event.actor()).isEqualTo("lan-csv");
            assertThat(event.subject()).isEqualTo(first + " " + second);
            assertThat(event.detail()).isEqualTo("2 rows, 2 new or changed");
        });
        // The import went through the workflow: a reviewer publishes it as any other draft.
        editing.workflow().submit(CURATOR, first);
        editing.workflow().publish(new EditorialWorkflow.Editor("minh-csv", Set.of(Role.REVIEWER)), first);
        assertThat(publicTitle(first)).isEqualTo("Imported title");
    }

    @Test
    void a_remedy_changed_after_the_preview_stops_the_whole_import() throws IOException {
        String first = slugAt(11);
        String second = slugAt(12);
        List<List<String>> rows = edited(first, row -> row.set(column("title_en"), "Import one"));
        rows.add(edited(second, row -> row.set(column("title_en"), "Import two")).get(1));
        byte[] bytes = file(rows);
        List<RemedyCsv.Row> preview = csv.preview(bytes);
        DocumentEditing.Loaded loaded = editing.load(READER, second);
        DocumentForm form = loaded.form().copy();
        form.set("summary-en", form.get("summary-en") + " Edited meanwhile.");
        editing.save(new EditorialWorkflow.Editor("hoa-csv", Set.of(Role.CURATOR)), form, loaded.version());
        String firstVersion = editing.version(first);

        assertThatThrownBy(() -> csv.confirm(CURATOR, bytes, preview, "")).isInstanceOf(RemedyCsv.Stale.class).hasMessageContaining(second);
        assertThat(editing.version(first)).isEqualTo(firstVersion);
        assertThat(editing.load(READER, second).form().get("title-en")).isNotEqualTo("Import two");
    }

    @Test
    void only_curators_may_confirm_an_import() throws IOException {
        byte[] bytes = file(edited(slugAt(13), row -> row.set(column("title_en"), "By a reviewer")));
        List<RemedyCsv.Row> preview = csv.preview(bytes);
        EditorialWorkflow.Editor reviewer = new EditorialWorkflow.Editor("minh-csv", Set.of(Role.REVIEWER));
        assertThatThrownBy(() -> csv.confirm(reviewer, bytes, preview, ""))
                .isInstanceOf(vn.laocai.museum.app.curation.editorial.EditorialException.class);
        assertThat(editing.load(READER, slugAt(13)).form().get("title-en")).isNotEqualTo("By a reviewer");
    }

    private static void logIn(String name, Role... roles) {
        EditorialFixture.logIn(name, "", roles);
    }

    private static RemedyListView listView() {
        RemedyListView view = new RemedyListView(new AuthenticationContext(), fixture.editors, csv);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_list_view_previews_an_upload_and_saves_drafts_on_confirmation() throws IOException {
        logIn("lan-view", Role.CURATOR);
        RemedyListView view = listView();
        assertThat(_find(view, Upload.class)).hasSize(1);
        Button confirm = _get(view, Button.class, spec -> spec.withClasses("museum-remedy-import-confirm"));
        assertThat(confirm.isEnabled()).isFalse();

        String slug = slugAt(14);
        List<List<String>> rows = edited(slug, row -> row.set(column("title_en"), "From the view"));
        List<String> bad = new ArrayList<>(rows.get(1));
        bad.set(column("slug"), slugAt(15));
        bad.set(column("ingredients"), "no-such-plant::");
        rows.add(bad);
        view.show(file(rows));
        Grid<RemedyCsv.Row> preview = _get(view, Grid.class, spec -> spec.withClasses("museum-remedy-preview"));
        assertThat(GridKt._size(preview)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(preview, 0).get(2)).isEqualTo("đã sửa");
        assertThat(GridKt._getFormattedRow(preview, 0).get(3)).isEqualTo("title_en");
        assertThat(GridKt._getFormattedRow(preview, 1).get(2)).isEqualTo("lỗi");
        assertThat(GridKt._getFormattedRow(preview, 1).get(3)).isEqualTo("ingredients: không có loài mang mã no-such-plant");
        assertThat(confirm.isEnabled()).isFalse();

        rows.removeLast();
        view.show(file(rows));
        assertThat(confirm.isEnabled()).isTrue();
        confirm.click();
        assertThat(_get(view, Paragraph.class, spec -> spec.withText("Đã lưu 1 bản nháp.")).isVisible()).isTrue();
        assertThat(editing.workflow().revision(slug).orElseThrow().state()).isEqualTo(EditorialState.DRAFT);
        assertThat(editing.load(READER, slug).form().get("title-en")).isEqualTo("From the view");
        assertThat(IntStream.range(0, GridKt._size(_get(view, Grid.class, spec -> spec.withoutClasses("museum-remedy-preview"))))).isNotEmpty();
    }

    @Test
    void reviewers_see_the_export_but_no_import() {
        logIn("minh-view", Role.REVIEWER);
        RemedyListView view = listView();
        assertThat(_find(view, Upload.class)).isEmpty();
        assertThat(_find(view, Button.class, spec -> spec.withClasses("museum-remedy-import-confirm"))).isEmpty();
        assertThat(_find(view, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("museum-remedy-export")).getFirst().getHref())
                .isEqualTo("curation/remedies.csv");
    }
}
