package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.base.ui.UploadTexts;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialException;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.editorial.RemedyCsv;

/**
 * Every remedy with its editorial state, for curators and reviewers: filter by state, open one in
 * the editor, download all as CSV; curators also import a CSV, see a preview of every row and
 * confirm it to save the changed rows as drafts.
 */
@Route(value = RemedyListView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER"})
public class RemedyListView extends DocumentListView {

    static final String ROUTE = "curation/remedies";

    private final transient RemedyCsv csv;
    private final transient EditorialWorkflow.Editor editor;
    private final Grid<RemedyCsv.Row> preview = new Grid<>();
    private final Button confirm = new Button();
    private final Paragraph status = new Paragraph();
    private byte[] uploaded;
    private transient List<RemedyCsv.Row> previewed = List.of();

    public RemedyListView(AuthenticationContext authentication, DocumentEditors editors, RemedyCsv csv) {
        super(EditorialKind.REMEDY, authentication, editors);
        this.csv = csv;
        this.editor = Curator.editor(authentication);
        Anchor export = new Anchor("curation/remedies.csv", getTranslation("remedyCsv.export"));
        export.setRouterIgnore(true);
        export.addClassName("museum-remedy-export");
        add(export);
        if (editor.roles().contains(Role.CURATOR)) {
            add(new H2(getTranslation("remedyCsv.importTitle")), new Paragraph(getTranslation("remedyCsv.importHelp")), upload(),
                    status, previewGrid(), confirm);
        }
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> show(bytes)))));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFileSize(RemedyCsv.MAX_BYTES);
        upload.addClassName("museum-remedy-upload");
        return upload;
    }

    private Grid<RemedyCsv.Row> previewGrid() {
        preview.addClassName("museum-remedy-preview");
        preview.addColumn(RemedyCsv.Row::line).setHeader(getTranslation("remedyCsv.line")).setAutoWidth(true);
        preview.addColumn(RemedyCsv.Row::slug).setHeader(getTranslation("remedyCsv.slug")).setAutoWidth(true);
        preview.addColumn(row -> getTranslation("remedyCsv.change." + row.change().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("remedyCsv.change")).setAutoWidth(true);
        preview.addColumn(row -> details(row, getLocale())).setHeader(getTranslation("remedyCsv.details")).setFlexGrow(1);
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        confirm.setText(getTranslation("remedyCsv.confirm"));
        confirm.addClassName("museum-remedy-import-confirm");
        confirm.setEnabled(false);
        confirm.addClickListener(event -> confirm());
        return preview;
    }

    private static String address() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? "" : session.getBrowser().getAddress();
    }

    static String details(RemedyCsv.Row row, Locale language) {
        return row.problems().isEmpty()
                ? String.join(", ", row.fields().stream().map(field -> field.replace('-', '_')).toList())
                : String.join("; ", row.problems().stream().map(problem -> problem.text(language)).toList());
    }

    /** Shows the preview of a file's rows; nothing is written. */
    public void show(byte[] bytes) {
        uploaded = bytes;
        previewed = csv.preview(bytes);
        preview.setItems(previewed);
        preview.setVisible(true);
        long errors = previewed.stream().filter(row -> row.change() == RemedyCsv.Change.ERROR).count();
        long changed = previewed.stream().filter(row -> row.change() == RemedyCsv.Change.CHANGED || row.change() == RemedyCsv.Change.NEW).count();
        confirm.setEnabled(errors == 0 && changed > 0);
        status.setText(errors > 0 ? getTranslation("remedyCsv.hasErrors", errors)
                : getTranslation("remedyCsv.ready", previewed.size(), changed));
    }

    private void confirm() {
        confirm.setEnabled(false);
        try {
            List<String> written = csv.confirm(editor, uploaded, previewed, address());
            status.setText(getTranslation("remedyCsv.saved", written.size()));
        } catch (RemedyCsv.Stale | EditorialException e) {
            status.setText(getTranslation("remedyCsv.stale"));
        }
        refresh();
    }
}
