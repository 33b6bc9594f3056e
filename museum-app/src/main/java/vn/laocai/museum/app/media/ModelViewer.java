package vn.laocai.museum.app.media;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.Objects;
import vn.laocai.museum.app.base.ui.MediaUrls;

/**
 * Google's {@code <model-viewer>} showing one stored glTF model: the poster first, the model once
 * the element nears the screen, turned and zoomed by touch, mouse or keyboard. The script is the
 * UMD build fetched from the npm registry at build time (see the app's pom), loaded by URL.
 *
 * <pre>{@code
 * ModelViewer viewer = new ModelViewer(model.key(), model.posterKey(), "3D model of Tam thất");
 * add(viewer);
 * viewer.show(other.key(), other.posterKey(), "3D model of Sả"); // the same element, another model
 * }</pre>
 *
 * <p>A page that shows one model after another (the 3D collection) keeps one viewer for its
 * lifetime and calls {@link #show}: only the element's attributes change, so the browser keeps one
 * {@code <model-viewer>} with one WebGL canvas, and model-viewer frees the last model itself
 * ({@code modelCacheSize} 1, scripts/museum-media.js). A new element per model left about 16 KB a
 * switch behind in the page (canvases and elements of the replaced viewers).
 */
@Tag("model-viewer")
// The script (1 MB, three.js inside) is fetched only when a viewer nears the screen
// (scripts/museum-media.js): a species page whose model is further down runs none of it until then.
@JavaScript("context://scripts/museum-media.js")
public class ModelViewer extends Component {

    /** Relative to the page's base (Vaadin's {@code <base href>}), so it works under any context path. */
    static final String SCRIPT = "./vendor/model-viewer/4.4.0/model-viewer-umd.min.js";

    public ModelViewer(String modelKey, String posterKey, String alt) {
        show(modelKey, posterKey, alt);
        getElement().setAttribute("camera-controls", true);
        // Vertical swipes still scroll the page on a phone; horizontal ones turn the model.
        getElement().setAttribute("touch-action", "pan-y");
        getElement().setAttribute("loading", "lazy");
        getElement().setAttribute("interaction-prompt", "auto");
        getElement().setAttribute("shadow-intensity", "1");
        addClassName("museum-model-viewer");
        getElement().executeJs("window.museumModelViewer(this, $0)", SCRIPT);
        // Its box is reserved before the media style sheet arrives, so nothing below it jumps.
        getStyle().set("display", "block").set("width", "100%").set("aspect-ratio", "1 / 1").set("max-height", "70vh");
    }

    /** Shows another model in this same element: its {@code src}, {@code poster} (none when null) and {@code alt} change. */
    public final void show(String modelKey, String posterKey, String alt) {
        Objects.requireNonNull(modelKey, "modelKey");
        getElement().setAttribute("src", MediaUrls.of(modelKey));
        if (posterKey != null) {
            getElement().setAttribute("poster", MediaUrls.of(posterKey));
        } else {
            getElement().removeAttribute("poster");
        }
        getElement().setAttribute("alt", Objects.requireNonNull(alt, "alt"));
    }
}
