package vn.laocai.museum.app.curation.editorial;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The editing services of remedies, species texts, stories and knowledge records, one for each kind. */
public final class DocumentEditors {

    private final Map<EditorialKind, DocumentEditing> editors = new EnumMap<>(EditorialKind.class);

    public DocumentEditors(DocumentEditing... editing) {
        for (DocumentEditing each : editing) {
            editors.put(each.kind(), each);
        }
    }

    public DocumentEditing of(EditorialKind kind) {
        return Objects.requireNonNull(editors.get(kind), () -> "No editor for " + kind);
    }
}
