package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.HasStyle;
import java.util.Locale;
import vn.laocai.museum.app.curation.editorial.DocumentForm;
import vn.laocai.museum.app.curation.editorial.EditorialKind;

/**
 * What differs between the kinds' editor pages besides their fields: the message keys of their
 * words (the remedies' pages keep the {@code remedyEditor.*} and {@code remedyHistory.*} wording
 * they were written with) and their CSS classes (each remedy page's component also carries its
 * {@code museum-remedy-*} class).
 */
final class EditorTexts {

    private EditorTexts() {}

    private static boolean remedy(EditorialKind kind) {
        return kind == EditorialKind.REMEDY;
    }

    /** Adds the class, and for a remedy page its {@code museum-remedy-…} twin. */
    static void style(EditorialKind kind, HasStyle component, String className) {
        component.addClassName(className);
        if (remedy(kind)) {
            component.addClassName(className.replaceFirst("^museum-(editor|history|document)-", "museum-remedy-"));
        }
    }

    static String listTitle(EditorialKind kind) {
        return remedy(kind) ? "remedyEditor.listTitle" : "docEditor.listTitle." + kind.code();
    }

    static String document(EditorialKind kind) {
        return remedy(kind) ? "remedyEditor.remedy" : "docEditor.document";
    }

    static String notFound(EditorialKind kind) {
        return remedy(kind) ? "remedyEditor.notFound" : "docEditor.notFound." + kind.code();
    }

    static String field(EditorialKind kind, DocumentForm.Field field) {
        return remedy(kind) ? "remedyEditor.field." + field.key().toUpperCase(Locale.ROOT).replace('-', '_') : "docEditor.field." + field.key();
    }

    static String conflict(EditorialKind kind) {
        return remedy(kind) ? "remedyEditor.conflict" : "docEditor.conflict";
    }

    /** What a workflow step says once taken. */
    static String done(EditorialKind kind, String step) {
        return (remedy(kind) ? "remedyEditor.done." : "docEditor.done.") + step;
    }

    static String historyNone(EditorialKind kind) {
        return remedy(kind) ? "remedyHistory.none" : "docEditor.historyNone";
    }
}
