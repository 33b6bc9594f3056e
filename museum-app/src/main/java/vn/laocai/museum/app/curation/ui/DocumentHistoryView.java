package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.laocai.museum.app.curation.editorial.DocumentEditing;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.DocumentForm;
import vn.laocai.museum.app.curation.editorial.DocumentForm.Field;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.editorial.HistoryEntry;

/**
 * The history of a remedy, species text, story or knowledge record from the audit graph's PROV-O
 * revisions — who published, archived or reverted it, when and why — two publications compared
 * field by field, and "revert to this revision" on each publication. A restricted record of another community has no history here.
 */
abstract class DocumentHistoryView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final EditorialKind kind;
    private final transient DocumentEditing editing;
    private final transient EditorialWorkflow.Editor editor;
    private final Select<HistoryEntry> from = new Select<>();
    private final Select<HistoryEntry> to = new Select<>();
    private final Div diff = new Div();
    private Reverts reverts;
    private String slug = "";

    DocumentHistoryView(EditorialKind kind, AuthenticationContext authentication, DocumentEditors editors) {
        this.kind = kind;
        this.editing = editors.of(kind);
        this.editor = Curator.editor(authentication);
        EditorTexts.style(kind, this, "museum-document-history");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        open(parameter);
    }

    public void open(String document) {
        removeAll();
        slug = document;
        if (!editing.workflow().mayRead(editor, slug)) {
            add(new H1(getTranslation(EditorTexts.notFound(kind))));
            return;
        }
        add(new H1(getTranslation("remedyHistory.title", slug)));
        add(new Anchor(EditorRoutes.editor(kind, slug), getTranslation("remedyHistory.back")));
        List<HistoryEntry> history = editing.workflow().history(slug);
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation(EditorTexts.historyNone(kind))));
            return;
        }
        reverts = new Reverts(editing.workflow(), editor, slug, EditorRoutes.editor(kind, slug));
        Grid<HistoryEntry> grid = new Grid<>();
        EditorTexts.style(kind, grid, "museum-history-grid");
        grid.addColumn(entry -> TIME.format(entry.time())).setHeader(getTranslation("remedyHistory.time")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("revert.step." + entry.step())).setHeader(getTranslation("remedyHistory.action"));
        grid.addColumn(HistoryEntry::who).setHeader(getTranslation("remedyHistory.who"));
        grid.addColumn(HistoryEntry::reason).setHeader(getTranslation("revert.why")).setFlexGrow(1);
        reverts.addColumn(grid);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        add(reverts, grid);
        List<HistoryEntry> published = history.stream().filter(entry -> entry.text().isPresent()).toList();
        if (published.size() < 2) {
            return;
        }
        for (Select<HistoryEntry> select : List.of(from, to)) {
            select.setItems(published);
            select.setItemLabelGenerator(entry -> TIME.format(entry.time()) + " — " + entry.who());
            select.addValueChangeListener(event -> compare());
        }
        from.setLabel(getTranslation("remedyHistory.from"));
        to.setLabel(getTranslation("remedyHistory.to"));
        from.setValue(published.get(published.size() - 2));
        to.setValue(published.getLast());
        EditorTexts.style(kind, diff, "museum-history-diff");
        add(new H2(getTranslation("remedyHistory.compare")), new Div(from, to), diff);
        compare();
    }

    /** Reverts to a publication, as its button in the list does. */
    public void revert(HistoryEntry entry) {
        reverts.revert(entry);
    }

    /** What the last revert said: done, or why it was refused. */
    public String revertResult() {
        return reverts == null ? "" : reverts.resultText();
    }

    /** Selects the two revisions to compare, oldest first. */
    public void compare(HistoryEntry older, HistoryEntry newer) {
        from.setValue(older);
        to.setValue(newer);
    }

    private void compare() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        DocumentForm older = editing.form(slug, from.getValue().text().orElseThrow());
        DocumentForm newer = editing.form(slug, to.getValue().text().orElseThrow());
        List<Field> changed = older.differences(newer);
        if (changed.isEmpty()) {
            diff.add(new Paragraph(getTranslation("remedyHistory.same")));
        }
        for (Field field : changed) {
            Div row = new Div(new H2(getTranslation(EditorTexts.field(kind, field))),
                    labelled("remedyHistory.before", older.get(field.key()), "museum-history-diff-before"),
                    labelled("remedyHistory.after", newer.get(field.key()), "museum-history-diff-after"));
            EditorTexts.style(kind, row, "museum-history-diff-field");
            row.getElement().setAttribute("data-field", field.key());
            diff.add(row);
        }
    }

    private Div labelled(String key, String text, String className) {
        Div div = new Div(new Paragraph(getTranslation(key)), new Paragraph(text));
        EditorTexts.style(kind, div, className);
        return div;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("remedyHistory.title", slug));
    }
}
