package vn.laocai.museum.app.base.web;

import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import org.jsoup.nodes.Element;

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

    /**
     * Hidden as soon as Vaadin's layout element exists; the live view then shows the same content.
     * The rendering keeps Lumo's type (its style sheet comes with the first HTML) and the live
     * page's width and padding, so its largest element is as large as the live view's: the first
     * paint stays the page's largest paint and the swap does not move the text.
     */
    static final String STYLE = "body:has(vaadin-app-layout) #" + ID + "{display:none}"
            + "#" + ID + "{max-width:48rem;padding:var(--lumo-space-m,1rem)}"
            + "#" + ID + " .museum-ssr-lead{display:block;width:100%;max-width:40rem;height:auto;aspect-ratio:4/3;object-fit:cover;"
            + "border-radius:var(--lumo-border-radius-l,.5em)}";

    private FirstHtmlMain() {}

    /** An empty rendering in the reader's language. */
    public static Element create(Locale reader) {
        return new Element("main").attr("id", ID).attr("lang", reader.getLanguage());
    }

    /** Puts the rendering at the top of the page's body, with the rule that hides it later. */
    public static void attach(IndexHtmlResponse response, Element main) {
        response.getDocument().head().appendElement("style").appendText(STYLE);
        response.getDocument().body().prependChild(main);
    }
}
