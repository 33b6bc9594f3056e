package vn.laocai.museum.app.media;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import vn.laocai.museum.ontology.SpeciesModel;

/** One 3D model with its caption, credits and what it weighs (size and triangles), for a species page or the 3D collection. */
@StyleSheet("context://styles/media.css")
@JavaScript("context://scripts/museum-media.js")
public class ModelPanel extends Div {

    public ModelPanel(SpeciesModel model, String title) {
        addClassName("museum-model");
        getElement().setAttribute("data-media-missing", getTranslation("media.missing"));
        add(new ModelViewer(model.key(), model.posterKey(), getTranslation("media.modelAlt", title)));
        add(MediaCredits.of(this::getTranslation, model.caption(), title, model.creator(), model.licence(), model.placeholder()));
        Span facts = new Span(model.triangles() == null
                ? getTranslation("media.modelSize", megabytes(model.bytes()))
                : getTranslation("media.modelFacts", megabytes(model.bytes()), model.triangles()));
        facts.addClassName("museum-model-facts");
        add(facts);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }
}
