package vn.laocai.museum.app.curation.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The open revision of one remedy in the drafts graph: its state, who last changed it and when,
 * and the reviewers' and curators' comments, oldest first.
 */
public record EditorialRevision(String slug, EditorialState state, String changedBy, Instant changed, List<Comment> comments) {

    /** One comment on a revision. */
    public record Comment(String author, Instant time, String text) {}

    public EditorialRevision {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(state, "state");
        comments = List.copyOf(comments);
    }
}
