package vn.laocai.museum.app.curation.ui;

import vn.laocai.museum.app.curation.editorial.EditorialKind;

/** Where each kind's editor pages live: its list (and, with a slug, its editor) and its history. */
final class EditorRoutes {

    private EditorRoutes() {}

    static String list(EditorialKind kind) {
        return switch (kind) {
            case REMEDY -> RemedyListView.ROUTE;
            case SPECIES -> "curation/species";
            case STORY -> "curation/stories";
            case KNOWLEDGE -> "curation/knowledge";
        };
    }

    static String editor(EditorialKind kind, String slug) {
        return list(kind) + "/" + slug;
    }

    static String history(EditorialKind kind, String slug) {
        return "curation/" + kind.code() + "-history/" + slug;
    }
}
