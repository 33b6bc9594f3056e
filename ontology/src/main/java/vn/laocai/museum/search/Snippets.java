package vn.laocai.museum.search;

/** Shortens stored text into the snippet shown under a result's title. */
final class Snippets {

    private static final String ELLIPSIS = "…";

    private Snippets() {}

    /**
     * The text with its whitespace collapsed and Markdown emphasis removed, cut to at most
     * {@code max} characters (code points are never split) at the last space that fits, with an
     * ellipsis; null for null or blank text.
     */
    static String shorten(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.replaceAll("[*_`]+", "").replaceAll("\\s+", " ").strip();
        if (plain.length() <= max) {
            return plain;
        }
        int limit = max - ELLIPSIS.length();
        if (Character.isLowSurrogate(plain.charAt(limit))) {
            limit--;
        }
        int space = plain.lastIndexOf(' ', limit);
        int cut = space > limit / 2 ? space : limit;
        return plain.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
