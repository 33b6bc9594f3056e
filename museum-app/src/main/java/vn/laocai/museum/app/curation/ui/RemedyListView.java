package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.editorial.EditorialState;
import vn.laocai.museum.app.curation.editorial.RemedyEditing;

/** Every remedy with its editorial state, for curators and reviewers: filter by state, open one in the editor. */
@Route(value = RemedyListView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER"})
public class RemedyListView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "curation/remedies";

    private final transient RemedyEditing editing;
    private final Grid<RemedyEditing.Row> grid = new Grid<>();
    private final Select<EditorialState> filter = new Select<>();

    public RemedyListView(RemedyEditing editing) {
        this.editing = editing;
        addClassName("museum-remedy-list");
        add(new H1(getTranslation("remedyEditor.listTitle")));
        filter.setLabel(getTranslation("remedyEditor.filter"));
        filter.setItems(EditorialState.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("remedyEditor.allStates"));
        filter.setItemLabelGenerator(state -> state == null ? getTranslation("remedyEditor.allStates") : state(state));
        filter.addValueChangeListener(event -> refresh());
        filter.addClassName("museum-remedy-filter");
        grid.addComponentColumn(row -> new Anchor(RemedyEditorView.ROUTE + "/" + row.slug(), row.title()))
                .setHeader(getTranslation("remedyEditor.remedy")).setFlexGrow(1);
        grid.addColumn(row -> state(row.state())).setHeader(getTranslation("remedyEditor.state")).setAutoWidth(true);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(RemedyEditorView.ROUTE + "/" + event.getItem().slug())));
        grid.setAllRowsVisible(true);
        add(filter, grid);
        refresh();
    }

    private String state(EditorialState state) {
        return getTranslation("remedyEditor.state." + state.code());
    }

    private void refresh() {
        EditorialState wanted = filter.getValue();
        grid.setItems(editing.list().stream().filter(row -> wanted == null || row.state() == wanted).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("remedyEditor.listTitle"));
    }
}
