package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import vn.laocai.museum.app.curation.editorial.DocumentEditing;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialState;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;

/**
 * Every document of one kind the account may read, with its editorial state, filtered by state;
 * each opens in its editor.
 */
abstract class DocumentListView extends VerticalLayout implements HasDynamicTitle {

    private final EditorialKind kind;
    private final transient DocumentEditing editing;
    private final transient EditorialWorkflow.Editor editor;
    private final Grid<DocumentEditing.Row> grid = new Grid<>();
    private final Select<EditorialState> filter = new Select<>();

    DocumentListView(EditorialKind kind, AuthenticationContext authentication, DocumentEditors editors) {
        this.kind = kind;
        this.editing = editors.of(kind);
        this.editor = Curator.editor(authentication);
        EditorTexts.style(kind, this, "museum-document-list");
        addClassName("museum-document-list-" + kind.code());
        add(new H1(getTranslation(EditorTexts.listTitle(kind))));
        filter.setLabel(getTranslation("remedyEditor.filter"));
        filter.setItems(EditorialState.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("remedyEditor.allStates"));
        filter.setItemLabelGenerator(state -> state == null ? getTranslation("remedyEditor.allStates") : state(state));
        filter.addValueChangeListener(event -> refresh());
        EditorTexts.style(kind, filter, "museum-document-filter");
        grid.addComponentColumn(row -> new Anchor(EditorRoutes.editor(kind, row.slug()), row.title()))
                .setHeader(getTranslation(EditorTexts.document(kind))).setFlexGrow(1);
        grid.addColumn(row -> state(row.state())).setHeader(getTranslation("remedyEditor.state")).setAutoWidth(true);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(EditorRoutes.editor(kind, event.getItem().slug()))));
        grid.setAllRowsVisible(true);
        add(filter, grid);
        refresh();
    }

    private String state(EditorialState state) {
        return getTranslation("remedyEditor.state." + state.code());
    }

    void refresh() {
        EditorialState wanted = filter.getValue();
        grid.setItems(rows().stream().filter(row -> wanted == null || row.state() == wanted).toList());
    }

    /** What the list shows: only the documents this account may read. */
    public List<DocumentEditing.Row> rows() {
        return editing.list(editor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation(EditorTexts.listTitle(kind)));
    }
}
