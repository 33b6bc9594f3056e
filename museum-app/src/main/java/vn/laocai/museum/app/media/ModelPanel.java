package vn.laocai.museum.app.media;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import vn.laocai.museum.ontology.SpeciesModel;

/**
 * One 3D model with its caption, credits and what it weighs (size and triangles), for a species
 * page or the 3D collection. {@link #show} puts another model in the same panel and the same viewer
 * element, so a page that steps through models keeps one of each.
 */
@StyleSheet("context://styles/media.css")
@JavaScript("context://scripts/museum-media.js")
public class ModelPanel extends Div {

    private final ModelViewer viewer;
    private Div credits = new Div();
    private final Span facts = new Span();

    public ModelPanel(SpeciesModel model, String title) {
        addClassName("museum-model");
        viewer = new ModelViewer(model.key(), model.posterKey(), getTranslation("media.modelAlt", title));
        facts.addClassName("museum-model-facts");
        add(viewer, credits, facts);
        describe(model, title);
    }

    /** Shows {@code model} in this panel's viewer, with its own caption, credits and facts. */
    public void show(SpeciesModel model, String title) {
        viewer.show(model.key(), model.posterKey(), getTranslation("media.modelAlt", title));
        // The missing-model box (scripts/museum-media.js) belonged to the model before.
        getElement().executeJs("this.classList.remove('museum-media-missing')");
        describe(model, title);
    }

    ModelViewer viewer() {
        return viewer;
    }

    private void describe(SpeciesModel model, String title) {
        getElement().setAttribute("data-media-missing", getTranslation("media.missing"));
        remove(credits);
        credits = MediaCredits.of(this::getTranslation, model.caption(), title, model.creator(), model.licence(), model.placeholder());
        addComponentAtIndex(1, credits);
        facts.setText(model.triangles() == null
                ? getTranslation("media.modelSize", megabytes(model.bytes()))
                : getTranslation("media.modelFacts", megabytes(model.bytes()), model.triangles()));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }
}
