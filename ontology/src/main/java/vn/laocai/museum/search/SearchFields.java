package vn.laocai.museum.search;

/** The fields of a search document, with why each one is indexed the way it is. */
final class SearchFields {

    /** The resource's IRI: the document's key, so re-indexing a resource replaces it (upsert). */
    static final String IRI = "iri";
    /** Kind of resource (species, remedy, story, knowledge): stored for display and filtering, not analysed. */
    static final String TYPE = "type";
    /** Display title in Vietnamese and English: stored only, the page language picks one. */
    static final String TITLE_VI = "title_vi";
    static final String TITLE_EN = "title_en";
    /** Accepted scientific name: stored to show under the title. */
    static final String SCIENTIFIC_NAME = "scientific_name";
    /**
     * Every name in every language, folded (no case, no diacritics), so "tam that" finds "Tam thất";
     * for a remedy, story or record its titles, and for a remedy the names of its ingredients too.
     */
    static final String NAMES = "names";
    /**
     * Each whole own name as one folded term ("tam that"), so a query that is exactly a name ranks that
     * species above those whose longer names merely contain it ("tam thất hoang") and above documents
     * that mention it ("Tam thất cầm máu"); names a document only mentions are left out.
     */
    static final String NAME_EXACT = "name_exact";
    /**
     * Every name once more, each folded word followed by all its beginnings at the same position
     * ({@link WordStartsAnalyzer}), for suggestions as a visitor types: a word begun anywhere in a
     * name ("that", "quy", "notogin") is one term, a phrase of begun words ("tam th") a phrase
     * query, whatever the size of the index. Not scored for length: suggestions rank in tiers.
     */
    static final String NAME_WORD_STARTS = "name_word_starts";
    /**
     * The beginnings of each whole own name's folded key ("t", "ta", … "tam that"), up to
     * {@link WordStartsAnalyzer#MAX_START} characters, so "what was typed begins this name", which
     * ranks a suggestion above names that hold it only further in, is one term lookup.
     */
    static final String NAME_STARTS = "name_starts";
    /** Each name once more as "lang\u001fform", stored only, to say which name matched and in what language. */
    static final String NAME_ENTRY = "name_entry";
    /**
     * Summaries and narratives in both languages, and a document's statements (indications,
     * preparation…), folded, for descriptive queries ("chữa đau dạ dày").
     */
    static final String TEXT = "text";
    /**
     * The names of the places a species or knowledge record is tied to — former districts, communes
     * and the current communes they are part of since 1 July 2025 — folded, from its district and
     * commune facet values, so a visitor typing a place's name, old or new, finds what grows there.
     * Searched below names and texts: a place is context, not the thing asked for.
     */
    static final String PLACES = "places";
    /** Short summary in Vietnamese and English, stored only: a result's snippet in the page language. */
    static final String SUMMARY_VI = "summary_vi";
    static final String SUMMARY_EN = "summary_en";
    /**
     * What the resource's page says in Vietnamese and English (summary, narrative, statements), stored
     * for highlighted snippets and indexed with offsets, so the highlighter reads where the words are
     * from the postings instead of analysing the text again for every hit. Queries do not search
     * these fields (TEXT holds the same words): the highlighter takes its words from NAMES and TEXT.
     */
    static final String BODY_VI = "body_vi";
    static final String BODY_EN = "body_en";
    /**
     * Title as an ICU collation key (doc values only), for sorting by name in the language's
     * alphabetical order: Vietnamese puts "Đương quy" after "Dương", which code-point order would not.
     */
    static final String TITLE_SORT_VI = "title_sort_vi";
    static final String TITLE_SORT_EN = "title_sort_en";
    /** Content-addressed key of the first image, stored for the result card's thumbnail. */
    static final String IMAGE_KEY = "image_key";
    /** Stored only: what a result card marks (protected, geographical indication, 3D), from the facets. */
    static final String BADGE = "badge";

    private SearchFields() {}
}
