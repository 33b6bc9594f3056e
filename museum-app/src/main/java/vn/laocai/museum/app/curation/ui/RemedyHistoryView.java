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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.RemedyEditing;
import vn.laocai.museum.app.curation.editorial.RemedyForm;
import vn.laocai.museum.app.curation.editorial.RemedyForm.Field;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow.HistoryEntry;

/**
 * A remedy's history from the audit graph's PROV-O revisions: who published or archived it and
 * when, and the published texts of two revisions compared field by field; "revert to this
 * revision" on each publication opens a draft with its text.
 */
@Route(value = RemedyHistoryView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER"})
public class RemedyHistoryView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "curation/remedy-history";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final transient RemedyEditing editing;
    private final Select<HistoryEntry> from = new Select<>();
    private final Select<HistoryEntry> to = new Select<>();
    private final Div diff = new Div();
    private transient Map<String, String> speciesLabels;
    private String slug = "";

    private final transient EditorialWorkflow.Editor editor;
    private Reverts reverts;

    public RemedyHistoryView(AuthenticationContext authentication, RemedyEditing editing) {
        this.editing = editing;
        this.editor = Curator.editor(authentication);
        addClassName("museum-remedy-history");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        open(parameter);
    }

    public void open(String remedy) {
        removeAll();
        slug = remedy;
        speciesLabels = editing.speciesLabels();
        add(new H1(getTranslation("remedyHistory.title", slug)));
        add(new Anchor(RemedyEditorView.ROUTE + "/" + slug, getTranslation("remedyHistory.back")));
        List<HistoryEntry> history = editing.workflow().history(slug);
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("remedyHistory.none")));
            return;
        }
        Grid<HistoryEntry> grid = new Grid<>();
        grid.addColumn(entry -> TIME.format(entry.time())).setHeader(getTranslation("remedyHistory.time")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("remedyHistory.action." + entry.action())).setHeader(getTranslation("remedyHistory.action"));
        grid.addColumn(HistoryEntry::who).setHeader(getTranslation("remedyHistory.who"));
        grid.addColumn(HistoryEntry::reason).setHeader(getTranslation("revert.why")).setFlexGrow(1);
        reverts = new Reverts(editing.workflow(), editor, slug, RemedyEditorView.ROUTE + "/" + slug);
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
        diff.addClassName("museum-remedy-diff");
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
        RemedyForm older = RemedyForm.read(slug, from.getValue().text().orElseThrow(), speciesLabels);
        RemedyForm newer = RemedyForm.read(slug, to.getValue().text().orElseThrow(), speciesLabels);
        List<Field> changed = older.differences(newer);
        if (changed.isEmpty()) {
            diff.add(new Paragraph(getTranslation("remedyHistory.same")));
        }
        for (Field field : changed) {
            Div row = new Div(new H2(getTranslation("remedyEditor.field." + field.name())),
                    labelled("remedyHistory.before", older.get(field), "museum-remedy-diff-before"),
                    labelled("remedyHistory.after", newer.get(field), "museum-remedy-diff-after"));
            row.addClassName("museum-remedy-diff-field");
            row.getElement().setAttribute("data-field", field.name());
            diff.add(row);
        }
    }

    private Div labelled(String key, String text, String className) {
        Div div = new Div(new Paragraph(getTranslation(key)), new Paragraph(text));
        div.addClassName(className);
        return div;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("remedyHistory.title", slug));
    }
}
