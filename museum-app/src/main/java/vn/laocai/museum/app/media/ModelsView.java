package vn.laocai.museum.app.media;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.base.ui.MediaUrls;
import vn.laocai.museum.ontology.ModelCatalog;

/**
 * The 3D collection: one model at a time in a large viewer, a strip of posters to pick another,
 * previous and next. The page keeps one panel and one {@code <model-viewer>} element for its
 * lifetime and changes its model, poster and alt text on each switch; model-viewer keeps only the
 * model on screen, so a kiosk can step through models all day (a browser test shows 400 in a row
 * with its memory flat).
 */
@Route(value = "models", layout = MainLayout.class)
@AnonymousAllowed
public class ModelsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final ModelCatalog catalog;
    private final Div stage = new Div();
    private final Anchor species = new Anchor();
    private ModelPanel panel;
    private List<ModelCatalog.Entry> entries = List.of();
    private int index;

    public ModelsView(ModelCatalog catalog) {
        this.catalog = catalog;
        addClassName("museum-models");
        stage.addClassName("museum-models-stage");
        species.addClassName("museum-models-species");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        entries = catalog.list(getLocale().getLanguage());
        removeAll();
        add(new H1(getTranslation("media.collectionTitle")), new Paragraph(getTranslation("media.collectionLead")));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("media.noModels")));
            return;
        }
        Button previous = new Button(getTranslation("media.previous"), click -> show(index - 1));
        previous.addClassName("museum-models-previous");
        Button next = new Button(getTranslation("media.next"), click -> show(index + 1));
        next.addClassName("museum-models-next");
        Div controls = new Div(previous, next);
        controls.addClassName("museum-models-controls");
        add(stage, controls, posters());
        show(Math.min(index, entries.size() - 1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("media.collectionTitle") + " · " + getTranslation("site.name");
    }

    /** Shows the model at {@code wanted}, wrapping around at both ends, in the page's one viewer. */
    void show(int wanted) {
        index = Math.floorMod(wanted, entries.size());
        ModelCatalog.Entry entry = entries.get(index);
        String title = entry.title() != null ? entry.title() : entry.scientificName();
        if (panel == null) {
            panel = new ModelPanel(entry.model(), title);
            stage.add(panel, species);
        } else {
            panel.show(entry.model(), title);
        }
        species.setHref("species/" + entry.slug());
        species.setText(title);
        stage.getElement().setAttribute("data-index", String.valueOf(index));
    }

    private Div posters() {
        Div strip = new Div();
        strip.addClassName("museum-gallery-strip");
        for (int i = 0; i < entries.size(); i++) {
            ModelCatalog.Entry entry = entries.get(i);
            int at = i;
            NativeButton button = new NativeButton();
            if (entry.model().posterKey() != null) {
                Image poster = new Image(MediaUrls.of(entry.model().posterKey()), "");
                poster.getElement().setAttribute("loading", "lazy");
                button.add(poster);
            }
            button.addClassName("museum-gallery-thumbnail");
            button.getElement().setAttribute("aria-label", entry.title() != null ? entry.title() : entry.scientificName());
            button.addClickListener(click -> show(at));
            strip.add(button);
        }
        return strip;
    }
}
