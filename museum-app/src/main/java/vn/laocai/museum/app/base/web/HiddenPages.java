package vn.laocai.museum.app.base.web;

/**
 * Pages the public data does not hold that the reader of the current request may still open
 * (community-restricted knowledge for its keepers). For everyone else such a page is answered
 * {@code 404}, as if it did not exist.
 */
public interface HiddenPages {

    boolean visibleToCurrentReader(PageAddress page);
}
