package vn.laocai.museum.content;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders curators' Markdown to HTML that is safe to put in a page: raw HTML is escaped, and the
 * result goes through an allow-list sanitizer — only http(s), mailto and site-internal links
 * survive, and images only from the museum's own media store ({@code /media/…}).
 * Thread-safe. Each text is rendered once: pages render the same few texts on every visit, so the
 * safe HTML is kept by the text it came from (a new version of a text is a new key).
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Pattern MEDIA_SRC = Pattern.compile("^/media/[A-Za-z0-9/._-]+$");
    private static final Pattern INTERNAL_OR_WEB_LINK = Pattern.compile("^(https?://|mailto:|/(?!/)|#)[^\\s]*$");

    /** About 8 MB of text and HTML at most: every narrative of the corpus several times over. */
    private static final long CACHED_CHARACTERS = 4_000_000;

    private final Cache<String, String> rendered = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARACTERS)
            .weigher((String markdown, String html) -> markdown.length() + html.length())
            .build();
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h2", "h3",
                    "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowAttributes("href").matching(INTERNAL_OR_WEB_LINK).onElements("a")
            .allowAttributes("src").matching(MEDIA_SRC).onElements("img")
            .allowAttributes("alt", "title").onElements("img", "a")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelNofollowOnLinks()
            .toFactory();

    /** Safe HTML for the Markdown text. */
    public String toHtml(String markdown) {
        return rendered.get(markdown == null ? "" : markdown, this::render);
    }

    private String render(String markdown) {
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }
}
