package vn.laocai.museum.app.base.web;

import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import org.jsoup.nodes.Element;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;

/**
 * The {@code <main id="museum-ssr">} that a page's first HTML shows before any script runs, for
 * features that render their own (search results …) as {@link ServerRendering} does for documents.
 *
 * <pre>{@code
 * Element main = FirstHtmlMain.create(reader);
 * main.appendElement("h1").text(title);
 * FirstHtmlMain.attach(response, main);
 * }</pre>
 */
public final class FirstHtmlMain {

    /** The element's id; the live view hides it (see {@link #STYLE}). */
    public static final String ID = "museum-ssr";
    /** The stand-in for the live header above it: the museum's name, in the live header's place and size. */
    static final String HEADER = "museum-ssr-header";

    /**
     * Hidden as soon as Vaadin's layout element exists; the live view then shows the same content.
     * The rendering keeps Lumo's type (its style sheet comes with the first HTML) and the live
     * page's width and padding, so its largest element is as large as the live view's: the first
     * paint stays the page's largest paint and the swap does not move the text.
     */
    static final String STYLE = "body:has(vaadin-app-layout) #" + ID + "{display:none}"
            + "body:has(vaadin-app-layout) #" + HEADER + "{display:none}"
            + "#" + ID + "{max-width:48rem;padding:var(--lumo-space-m,1rem)}"
            // The live header's box (one row; three rows on a phone, see museum.css): the text starts where the live view's will.
            + "#" + HEADER + "{box-sizing:border-box;height:56px;display:flex;align-items:center;"
            + "background:linear-gradient(var(--lumo-contrast-5pct),var(--lumo-contrast-5pct))}"
            + "@media (max-width:40rem){#" + HEADER + "{height:155.25px;align-items:flex-start}}"
            + "#" + ID + " .museum-ssr-lead{display:block;width:100%;max-width:40rem;height:auto;aspect-ratio:4/3;object-fit:cover;"
            + "border-radius:var(--lumo-border-radius-l,.5em)}";

    private FirstHtmlMain() {}

    /** An empty rendering in the reader's language. */
    public static Element create(Locale reader) {
        return new Element("main").attr("id", ID).attr("lang", reader.getLanguage());
    }

    /**
     * Puts the rendering at the top of the page's body below a stand-in for the header, with the
     * rule that hides both later. The first paint then looks like the live page.
     */
    public static void attach(IndexHtmlResponse response, Element main) {
        Locale reader = Locale.forLanguageTag(main.attr("lang"));
        response.getDocument().head().appendElement("style").appendText(STYLE);
        response.getDocument().body().prependChild(main);
        Element header = new Element("header").attr("id", HEADER);
        header.appendElement("a").addClass("museum-brand").attr("href", "/").text(MuseumTranslations.text(reader, "site.name"));
        response.getDocument().body().prependChild(header);
    }
}
