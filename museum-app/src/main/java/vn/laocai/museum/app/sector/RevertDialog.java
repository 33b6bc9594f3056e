package vn.laocai.museum.app.sector;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks before a staff correction is dropped: what will happen to the record (back to the corpus's
 * version, or deleted when staff added it), and the reason, which is required and goes to the
 * audit log. Confirming hands the reason on; cancelling changes nothing.
 */
final class RevertDialog extends Dialog {

    private final TextArea reason = new TextArea();

    RevertDialog(String record, boolean inCorpus, Consumer<String> confirmed) {
        setHeaderTitle(getTranslation(inCorpus ? "sector.revert.title" : "sector.revert.deleteTitle", record));
        addClassName("museum-sector-revert-dialog");
        reason.setLabel(getTranslation("sector.revert.reason"));
        reason.setRequired(true);
        reason.setWidthFull();
        reason.addClassName("museum-sector-revert-reason");
        add(new Paragraph(getTranslation(inCorpus ? "sector.revert.text" : "sector.revert.deleteText")), reason);
        Button confirm = new Button(getTranslation(inCorpus ? "sector.revert.confirm" : "sector.revert.deleteConfirm"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("sector.revert.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            close();
            confirmed.accept(reason.getValue().strip());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("museum-sector-revert-confirm");
        Button cancel = new Button(getTranslation("sector.revert.cancel"), click -> close());
        cancel.addClassName("museum-sector-revert-cancel");
        add(new HorizontalLayout(cancel, confirm));
    }
}
