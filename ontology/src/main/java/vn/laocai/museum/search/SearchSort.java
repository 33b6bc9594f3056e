package vn.laocai.museum.search;

/** The order of search results. */
public enum SearchSort {
    /** Best match first: an exact name, then names, then text. */
    RELEVANCE,
    /** Alphabetical by title in the request's language, by ICU collation (Vietnamese: a, ă, â, b … đ after d). */
    NAME
}
