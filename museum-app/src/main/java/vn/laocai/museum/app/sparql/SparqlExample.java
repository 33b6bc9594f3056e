package vn.laocai.museum.app.sparql;

import java.util.Objects;

/**
 * One teaching query from {@code sparql-examples/*.rq}: its titles come from the leading
 * {@code # vi:} and {@code # en:} comment lines.
 *
 * @param id      the file name without {@code .rq}, e.g. {@code 01-species-of-a-family}
 * @param titleVi the Vietnamese title
 * @param titleEn the English title
 * @param query   the whole file, comments included, as it goes into the editor
 */
record SparqlExample(String id, String titleVi, String titleEn, String query) {

    SparqlExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(query, "query");
    }

    /** Reads an example from its file text; the title lines are required. */
    static SparqlExample parse(String id, String text) {
        String vi = null;
        String en = null;
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (!stripped.startsWith("#")) {
                break;
            }
            String comment = stripped.substring(1).strip();
            if (comment.startsWith("vi:")) {
                vi = comment.substring(3).strip();
            } else if (comment.startsWith("en:")) {
                en = comment.substring(3).strip();
            }
        }
        if (vi == null || en == null) {
            throw new IllegalArgumentException(id + ".rq: the leading comment needs '# vi: …' and '# en: …' title lines");
        }
        return new SparqlExample(id, vi, en, text.strip() + "\n");
    }

    /** "Vietnamese title (English title)", as the example list shows it. */
    String title() {
        return titleVi + " (" + titleEn + ")";
    }
}
