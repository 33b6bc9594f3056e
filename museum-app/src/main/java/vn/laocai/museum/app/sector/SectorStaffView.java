package vn.laocai.museum.app.sector;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.base.ui.UploadTexts;

/**
 * One page per sector table ({@code /staff/growing-areas}, {@code /staff/organisations}, {@code /staff/certifications},
 * {@code /staff/ocop-products}, {@code /staff/yearly-output}, {@code /staff/market-prices}): a form
 * to enter or correct one record, with each fault shown at its field, and a CSV import shown row by
 * row before anything is written. Only the STAFF role reaches it.
 */
@Route(value = "staff", layout = MainLayout.class)
@RolesAllowed("STAFF")
public class SectorStaffView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver, HasDynamicTitle {

    private final transient SectorEditor editor;
    private final transient AuthenticationContext authentication;
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Grid<SectorEditor.Row> preview = new Grid<>();
    private final Button apply = new Button();
    private final Paragraph status = new Paragraph();
    private final Button revert = new Button();
    private String loaded;
    private transient SectorTable table;
    private transient List<SectorEditor.Row> checked = List.of();
    private boolean imported;

    public SectorStaffView(SectorEditor editor, AuthenticationContext authentication) {
        this.editor = editor;
        this.authentication = authentication;
        addClassName("museum-sector-staff");
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        table = SectorTables.find(key).orElse(null);
        if (table == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        fields.clear();
        status.addClassName("museum-sector-status");
        apply.addClassName("museum-sector-apply");
        add(new H1(title()), new Paragraph(getTranslation("sector.intro")), new H2(getTranslation("sector.form")), form(),
                new H2(getTranslation("sector.import")),
                new Paragraph(getTranslation("sector.importHelp", String.join(",", table.columnNames()))), upload(), previewGrid(),
                apply, status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || !request.isUserInRole("STAFF")) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", table == null ? "" : title());
    }

    private String title() {
        return getTranslation("sector.table." + table.key());
    }

    private FormLayout form() {
        FormLayout form = new FormLayout();
        for (SectorColumn column : table.columns()) {
            Component field;
            if (column.kind() == SectorColumn.Kind.BOOLEAN) {
                field = new Checkbox(label(column.name()));
            } else {
                TextField text = new TextField(label(column.name()));
                text.setRequiredIndicatorVisible(column.required());
                text.setHelperText(help(column));
                field = text;
            }
            field.addClassName("museum-sector-field-" + column.name().replace('_', '-'));
            fields.put(column.name(), field);
            form.add(field);
        }
        Button load = new Button(getTranslation("sector.load"), event -> editor.find(table, values()).ifPresentOrElse(this::fill,
                () -> status.setText(getTranslation("sector.notStored"))));
        load.addClassName("museum-sector-load");
        Button check = new Button(getTranslation("sector.check"), event -> checkForm());
        check.addClassName("museum-sector-check");
        revert.addClassName("museum-sector-revert");
        revert.setVisible(false);
        revert.addClickListener(event -> confirmRevert());
        form.add(load, check, revert);
        return form;
    }

    private String help(SectorColumn column) {
        return switch (column.kind()) {
            case CHOICE -> String.join(", ", column.choices());
            case DATE -> getTranslation("sector.help.date");
            case REFERENCE, ID -> getTranslation("sector.help.slug");
            case REFERENCES -> getTranslation("sector.help.slugs");
            default -> "";
        };
    }

    private void checkForm() {
        SectorEditor.Row row = editor.check(table, values());
        fields.values().forEach(field -> {
            if (field instanceof TextField text) {
                text.setInvalid(false);
                text.setErrorMessage(null);
            }
        });
        row.errors().forEach(error -> {
            if (fields.get(error.field()) instanceof TextField text) {
                text.setErrorMessage(message(error));
                text.setInvalid(true);
            }
        });
        show(List.of(row), false);
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> values.put(name, field instanceof Checkbox box ? String.valueOf(box.getValue())
                : ((TextField) field).getValue()));
        return values;
    }

    private void fill(Map<String, String> stored) {
        stored.forEach((name, value) -> {
            if (fields.get(name) instanceof Checkbox box) {
                box.setValue(Boolean.parseBoolean(value));
            } else if (fields.get(name) instanceof TextField text) {
                text.setValue(value == null ? "" : value);
            }
        });
        loaded = stored.get("iri");
        boolean edited = editor.editedByStaff(stored.getOrDefault("iri", ""));
        status.setText(edited ? getTranslation("sector.editedByStaff") : "");
        revert.setVisible(edited);
        revert.setText(edited && !editor.inCorpus(loaded) ? getTranslation("sector.revert.delete") : getTranslation("sector.revert.button"));
    }

    /** "Back to the corpus version" of the record the form opened, after a confirmation with a reason. */
    private void confirmRevert() {
        String iri = loaded;
        boolean inCorpus = editor.inCorpus(iri);
        new RevertDialog(SectorTable.slug(iri), inCorpus, reason -> {
            SectorEditor.Reverted done = editor.revert(table, iri, authentication.getPrincipalName().orElse(""), reason);
            revert.setVisible(false);
            loaded = null;
            editor.find(table, values()).ifPresent(this::fill);
            status.setText(getTranslation(done == SectorEditor.Reverted.DELETED ? "sector.revert.deleted" : "sector.revert.done"));
        }).open();
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                show(editor.preview(table, SectorEditor.readCsv(new StringReader(new String(bytes, StandardCharsets.UTF_8)))), true)))));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this));
        return upload;
    }

    private Grid<SectorEditor.Row> previewGrid() {
        preview.removeAllColumns();
        preview.addColumn(SectorEditor.Row::line).setHeader(getTranslation("sector.line")).setAutoWidth(true);
        preview.addColumn(row -> table.keyColumns().stream().map(column -> row.values().getOrDefault(column, ""))
                .collect(Collectors.joining(" · "))).setHeader(getTranslation("sector.record")).setAutoWidth(true);
        preview.addColumn(this::change).setHeader(getTranslation("sector.change")).setAutoWidth(true);
        preview.addColumn(row -> row.failed() ? row.errors().stream().map(this::message).collect(Collectors.joining("; "))
                : row.changedFields().stream().map(this::label).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("sector.details")).setFlexGrow(1);
        preview.setAllRowsVisible(true);
        preview.addClassName("museum-sector-preview");
        apply.setText(getTranslation("sector.apply"));
        apply.setEnabled(false);
        apply.addClickListener(event -> {
            int written = editor.save(table, checked, authentication.getPrincipalName().orElse(""), imported);
            status.setText(getTranslation("sector.saved", written));
            apply.setEnabled(false);
        });
        return preview;
    }

    private String change(SectorEditor.Row row) {
        String change = getTranslation("sector.change." + row.change().name().toLowerCase(Locale.ROOT));
        return row.editedByStaff() ? change + " · " + getTranslation("sector.editedByStaff") : change;
    }

    private void show(List<SectorEditor.Row> rows, boolean fromFile) {
        checked = rows;
        imported = fromFile;
        preview.setItems(rows);
        boolean failed = rows.stream().anyMatch(SectorEditor.Row::failed);
        apply.setEnabled(!failed && !rows.isEmpty());
        status.setText(failed ? getTranslation("sector.hasErrors") : getTranslation("sector.ready", rows.size()));
    }

    private String label(String column) {
        return getTranslation("sector.column." + column);
    }

    /** "Stars: 3 to 5, not 7", in the page's language; a shape's own message comes in both languages. */
    String message(FieldError error) {
        return label(error.field()) + ": " + getTranslation("sector.error." + error.code(), error.args().toArray());
    }
}
