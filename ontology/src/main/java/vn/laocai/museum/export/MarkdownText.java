package vn.laocai.museum.export;

import java.util.regex.Pattern;

/**
 * Narratives are stored as Markdown; a Darwin Core reader expects plain text (or HTML). This
 * removes the few marks the corpus uses, emphasis and links, keeping the words and the link target.
 */
final class MarkdownText {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((\\S+?)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");

    private MarkdownText() {}

    static String plain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1 ($2)");
        return EMPHASIS.matcher(text).replaceAll("$2");
    }
}
