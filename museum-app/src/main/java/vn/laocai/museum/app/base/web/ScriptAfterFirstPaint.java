package vn.laocai.museum.app.base.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Starts Vaadin's client script only after the browser has painted the first HTML. As a module
 * script in the head, the browser fetches it at once and, on a fast line, runs it (and the whole
 * component bundle it imports) before its first paint, so the page stays blank until the live
 * view is built. Loaded from a task after the first frame, it runs while the visitor already reads
 * the server rendering; the live view then takes over exactly as before.
 */
@Component
class ScriptAfterFirstPaint implements VaadinServiceInitListener {

    static final String SELECTOR = "head > script[type=module][src*=VAADIN/build/indexhtml]";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::defer);
    }

    private void defer(IndexHtmlResponse response) {
        defer(response.getDocument());
    }

    /** Replaces the bootstrap module's tag by a loader that adds it after the first frame; no-op without one. */
    static void defer(Document html) {
        Element bootstrap = html.selectFirst(SELECTOR);
        if (bootstrap == null) {
            return;
        }
        String src = bootstrap.attr("src").replace("\\", "\\\\").replace("'", "\\'");
        bootstrap.remove();
        // requestAnimationFrame runs just before the first frame is painted; the timeout, just after it.
        // A page opened in a background tab paints no frame, so it starts at once.
        html.body().appendElement("script").attr("data-museum-bootstrap", "").appendChild(new DataNode(
                "(function(){function start(){var s=document.createElement('script');"
                        + "s.type='module';s.crossOrigin='';s.src='" + src + "';document.head.appendChild(s);}"
                        + "if(document.visibilityState==='hidden'){start();}"
                        + "else{requestAnimationFrame(function(){setTimeout(start);});}})();"));
    }
}
