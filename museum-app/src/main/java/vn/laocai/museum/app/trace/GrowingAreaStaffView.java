package vn.laocai.museum.app.trace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.StringReader;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditLog;

/**
 * Staff enter or correct a growing area, or import many from CSV: every row is checked and shown
 * with its changes and errors first; nothing is written until they apply a preview without errors.
 * Only users in the STAFF role reach it: without a signed-in staff user (or with no security
 * configured at all) the page is not found.
 */
@Route(value = "staff/growing-areas", layout = MainLayout.class)
@RolesAllowed("STAFF")
public class GrowingAreaStaffView extends VerticalLayout implements BeforeEnterObserver {

    private final GrowingAreaEditor editor;
    private final transient AuditLog audit;
    private final transient Clock clock;
    private boolean imported;
    private final TextField code = new TextField();
    private final TextField commune = new TextField();
    private final TextField area = new TextField();
    private final TextField species = new TextField();
    private final Checkbox canopy = new Checkbox();
    private final TextField operator = new TextField();
    private final TextField nameVi = new TextField();
    private final TextField nameEn = new TextField();
    private final Grid<GrowingAreaEditor.Row> preview = new Grid<>();
    private final Button apply = new Button();
    private final Paragraph status = new Paragraph();
    private List<GrowingAreaEditor.Row> checked = List.of();

    public GrowingAreaStaffView(GrowingAreaEditor editor, AuditLog audit, Clock clock) {
        this.editor = editor;
        this.audit = audit;
        this.clock = clock;
        add(new H1(getTranslation("staff.title")), new H2(getTranslation("staff.form")), form(),
                new H2(getTranslation("staff.import")), new Paragraph(getTranslation("staff.importHelp",
                        String.join(",", GrowingAreaEditor.COLUMNS))), upload(), previewGrid(), apply, status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || !request.isUserInRole("STAFF")) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private FormLayout form() {
        code.setLabel(getTranslation("staff.code"));
        code.setPlaceholder("VN-LCI-BXT-YTY-0003");
        code.addBlurListener(event -> code.setErrorMessage(GrowingAreaCode.problem(code.getValue()).orElse(null)));
        code.addBlurListener(event -> code.setInvalid(GrowingAreaCode.problem(code.getValue()).isPresent()));
        code.addBlurListener(event -> editor.find(code.getValue().strip()).ifPresent(this::fill));
        commune.setLabel(getTranslation("staff.commune"));
        area.setLabel(getTranslation("staff.area"));
        species.setLabel(getTranslation("staff.species"));
        canopy.setLabel(getTranslation("staff.canopy"));
        operator.setLabel(getTranslation("staff.operator"));
        nameVi.setLabel(getTranslation("staff.nameVi"));
        nameEn.setLabel(getTranslation("staff.nameEn"));
        Button check = new Button(getTranslation("staff.check"), event -> show(editor.preview(List.of(record())), false));
        return new FormLayout(code, commune, area, species, canopy, operator, nameVi, nameEn, check);
    }

    private void fill(GrowingAreaRecord stored) {
        commune.setValue(stored.commune());
        area.setValue(stored.areaHa());
        species.setValue(String.join(";", stored.species()));
        canopy.setValue(Boolean.parseBoolean(stored.underCanopy()));
        operator.setValue(stored.operator());
        nameVi.setValue(stored.nameVi() == null ? "" : stored.nameVi());
        nameEn.setValue(stored.nameEn() == null ? "" : stored.nameEn());
    }

    private GrowingAreaRecord record() {
        return new GrowingAreaRecord(code.getValue(), commune.getValue().strip(), area.getValue(),
                Arrays.asList(species.getValue().split(";")), String.valueOf(canopy.getValue()), operator.getValue().strip(),
                nameVi.getValue(), nameEn.getValue());
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                show(editor.preview(GrowingAreaEditor.readCsv(new StringReader(new String(bytes, StandardCharsets.UTF_8)))), true)))));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        return upload;
    }

    private Grid<GrowingAreaEditor.Row> previewGrid() {
        preview.addColumn(GrowingAreaEditor.Row::line).setHeader(getTranslation("staff.line")).setAutoWidth(true);
        preview.addColumn(row -> row.record().code()).setHeader(getTranslation("staff.code")).setAutoWidth(true);
        preview.addColumn(row -> getTranslation("staff.change." + row.change().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("staff.change")).setAutoWidth(true);
        preview.addColumn(row -> String.join(", ", row.failed() ? row.errors() : row.changedFields()))
                .setHeader(getTranslation("staff.details")).setFlexGrow(1);
        preview.setAllRowsVisible(true);
        apply.setText(getTranslation("staff.apply"));
        apply.setEnabled(false);
        apply.addClickListener(event -> {
            String who = VaadinRequest.getCurrent().getUserPrincipal().getName();
            int written = editor.save(checked, who);
            if (written > 0) {
                audit.record(new AuditEvent(clock.instant(), imported ? AuditAction.SECTOR_IMPORTED : AuditAction.SECTOR_SAVED, who,
                        "growing-areas", "", "growing-areas: " + written + " written: " + checked.stream()
                                .filter(row -> row.change() != GrowingAreaEditor.Change.UNCHANGED).map(row -> row.record().code()).collect(java.util.stream.Collectors.joining(" "))));
            }
            status.setText(getTranslation("staff.saved", written));
            apply.setEnabled(false);
        });
        return preview;
    }

    private void show(List<GrowingAreaEditor.Row> rows, boolean fromFile) {
        checked = rows;
        imported = fromFile;
        preview.setItems(rows);
        boolean failed = rows.stream().anyMatch(GrowingAreaEditor.Row::failed);
        apply.setEnabled(!failed && !rows.isEmpty());
        status.setText(failed ? getTranslation("staff.hasErrors") : getTranslation("staff.ready", rows.size()));
    }
}
