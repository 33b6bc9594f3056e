package vn.laocai.museum.app.media;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.util.List;
import java.util.Objects;
import vn.laocai.museum.app.base.ui.MediaUrls;
import vn.laocai.museum.ontology.SpeciesImage;

/**
 * A species' pictures one at a time, large, in a modal dialog: previous and next by buttons, arrow
 * keys; zoom by pinch, wheel, double-tap, the + and − keys or buttons, and drag to look around a
 * zoomed picture (gestures and zoom keys run in the browser, {@code scripts/museum-zoom.js});
 * Escape closes it and focus returns to the page.
 */
@JavaScript("context://scripts/museum-zoom.js")
public class Lightbox extends Dialog {

    /** The zoom step of the buttons, the same as the + and − keys in the browser script. */
    private static final double STEP = 1.5;

    private final List<SpeciesImage> images;
    private final String title;
    private final Image picture = new Image();
    private final Div credits = new Div();
    private final Button previous;
    private final Button next;
    private int index;

    public Lightbox(List<SpeciesImage> images, String title, int start) {
        this.images = List.copyOf(images);
        this.title = Objects.requireNonNull(title, "title");
        addClassName("museum-lightbox");
        setModal(true);
        setDraggable(false);
        setResizable(false);
        picture.addClassName("museum-lightbox-picture");
        Div stage = new Div(picture);
        stage.addClassName("museum-lightbox-stage");
        add(stage, credits);
        previous = button("media.previous", () -> show(index - 1));
        next = button("media.next", () -> show(index + 1));
        getFooter().add(previous, next, button("media.zoomIn", () -> zoom(STEP)), button("media.zoomOut", () -> zoom(1 / STEP)),
                button("media.zoomReset", this::resetZoom), button("media.close", this::close));
        Shortcuts.addShortcutListener(this, () -> show(index - 1), Key.ARROW_LEFT).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> show(index + 1), Key.ARROW_RIGHT).listenOn(this);
        show(start);
    }

    /** The picture shown now, counted from 0. */
    public int index() {
        return index;
    }

    void show(int wanted) {
        if (wanted < 0 || wanted >= images.size()) {
            return;
        }
        index = wanted;
        SpeciesImage image = images.get(index);
        picture.setSrc(MediaUrls.of(image.largeKey()));
        picture.setAlt(getTranslation("content.imageAlt", title));
        setHeaderTitle(getTranslation("media.pictureOf", index + 1, images.size(), title));
        credits.removeAll();
        credits.add(MediaCredits.of(this::getTranslation, image.caption(), title, image.creator(), image.licence(), image.placeholder()));
        previous.setEnabled(index > 0);
        next.setEnabled(index < images.size() - 1);
        resetZoom();
    }

    private void zoom(double factor) {
        picture.getElement().executeJs("window.museumZoom && window.museumZoom.by(this, $0)", factor);
    }

    private void resetZoom() {
        picture.getElement().executeJs("window.museumZoom && window.museumZoom.reset(this)");
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.addClassName("museum-lightbox-" + key.substring(key.indexOf('.') + 1));
        return button;
    }
}
