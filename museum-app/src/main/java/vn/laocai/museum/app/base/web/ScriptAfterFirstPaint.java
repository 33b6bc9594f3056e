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

    /**
     * Starts the client once the browser reports the first contentful paint (the paint timing
     * entry comes when the frame is on screen); where paint timing is missing, a task after the
     * next frame. A page without a server rendering, or in a background tab (no frames), starts at
     * once, as does every page after three seconds whatever happened.
     */
    private static final String LOADER = """
            (function(){var started=false;function start(){if(started){return;}started=true;\
            var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src='SRC';document.head.appendChild(s);}\
            if(document.visibilityState==='hidden'||!document.getElementById('museum-ssr')){start();return;}\
            setTimeout(start,3000);\
            if(window.PerformanceObserver&&(PerformanceObserver.supportedEntryTypes||[]).indexOf('paint')>=0){\
            new PerformanceObserver(function(list,observer){if(list.getEntries().some(function(e){return e.name==='first-contentful-paint';})){\
            observer.disconnect();setTimeout(start);}}).observe({type:'paint',buffered:true});}\
            else{requestAnimationFrame(function(){setTimeout(start);});}})();""";

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
        html.body().appendElement("script").attr("data-museum-bootstrap", "").appendChild(new DataNode(LOADER.replace("SRC", src)));
    }
}
