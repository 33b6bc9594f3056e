package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.laocai.museum.app.curation.editorial.EditorialException;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.editorial.HistoryEntry;

/**
 * "Revert to this revision" in a history view: each publication gets a button that opens (or
 * replaces) a draft with that publication's text, for the reason written above the list. The
 * draft then goes through review and publishing as any other.
 */
final class Reverts extends Div {

    static final String COLUMN = "revert";

    private final transient EditorialWorkflow workflow;
    private final transient EditorialWorkflow.Editor editor;
    private final String slug;
    private final String editorRoute;
    private final TextArea reason = new TextArea();
    private final Div result = new Div();

    Reverts(EditorialWorkflow workflow, EditorialWorkflow.Editor editor, String slug, String editorRoute) {
        this.workflow = workflow;
        this.editor = editor;
        this.slug = slug;
        this.editorRoute = editorRoute;
        addClassName("museum-history-reverts");
        reason.setLabel(getTranslation("revert.reason"));
        reason.setHelperText(getTranslation("revert.help"));
        reason.setWidthFull();
        reason.addClassName("museum-history-revert-reason");
        result.addClassName("museum-history-revert-result");
        add(reason, result);
        setWidthFull();
        setVisible(workflow.mayWrite(editor, slug));
    }

    /** Adds the column of revert buttons: one on each publication, for an account that may write drafts. */
    void addColumn(Grid<HistoryEntry> grid) {
        if (!isVisible()) {
            return;
        }
        grid.addComponentColumn(entry -> {
            if (entry.text().isEmpty()) {
                return new Div();
            }
            Button button = new Button(getTranslation("revert.button"), click -> revert(entry));
            button.addClassName("museum-history-revert");
            return button;
        }).setKey(COLUMN).setHeader(getTranslation("revert.column")).setAutoWidth(true);
    }

    /** Opens a draft with the entry's text; a refused revert (no reason, a revision in review) says why. */
    void revert(HistoryEntry entry) {
        result.removeAll();
        try {
            workflow.revert(editor, slug, entry.id(), reason.getValue());
            reason.clear();
            Anchor open = new Anchor(editorRoute, getTranslation("revert.openDraft"));
            open.addClassName("museum-history-revert-open");
            result.add(new Paragraph(getTranslation("revert.done")), open);
        } catch (EditorialException e) {
            result.add(new Paragraph(e.getMessage()));
        }
    }

    String resultText() {
        return result.getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()).findFirst().orElse("");
    }
}
