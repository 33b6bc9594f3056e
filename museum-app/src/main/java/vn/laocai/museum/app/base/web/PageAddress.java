package vn.laocai.museum.app.base.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.laocai.museum.ontology.DocumentKind;

/** Which document a page path names: {@code /remedies/nhuc-que-on-trung} → (REMEDY, "nhuc-que-on-trung"). */
public record PageAddress(DocumentKind kind, String slug) {

    private static final Pattern PAGE = Pattern.compile("/?([a-z]+)/([^/]+)/?");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

    /** The document a path names, or empty for any other path (home, search, list pages …). */
    public static Optional<PageAddress> of(String path) {
        Matcher page = PAGE.matcher(path);
        if (!page.matches()) {
            return Optional.empty();
        }
        return DocumentKind.ofSection(page.group(1)).map(kind -> new PageAddress(kind, page.group(2)));
    }

    /** Whether the slug could name a document at all; no document has any other. */
    public boolean wellFormed() {
        return SLUG.matcher(slug).matches();
    }
}
