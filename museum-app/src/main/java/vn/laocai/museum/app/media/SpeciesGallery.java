package vn.laocai.museum.app.media;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import java.util.List;
import java.util.Objects;
import vn.laocai.museum.app.base.ui.MediaUrls;
import vn.laocai.museum.ontology.SpeciesImage;

/**
 * A species' pictures on its page: the first one large with its caption and credits, the others as
 * a strip of thumbnails; any of them opens the {@link Lightbox}. Every picture is a button, so the
 * gallery works by keyboard too. A picture the browser cannot load (the media store is down) gives
 * way to a placeholder box that says so ({@code scripts/museum-media.js}).
 */
@StyleSheet("context://styles/media.css")
@JavaScript("context://scripts/museum-media.js")
public class SpeciesGallery extends Div {

    private final List<SpeciesImage> images;
    private final String title;

    public SpeciesGallery(List<SpeciesImage> images, String title) {
        this.images = List.copyOf(images);
        this.title = Objects.requireNonNull(title, "title");
        addClassName("museum-gallery");
        getElement().setAttribute("data-media-missing", getTranslation("media.missing"));
        if (this.images.isEmpty()) {
            return;
        }
        SpeciesImage first = this.images.getFirst();
        Image lead = new Image(MediaUrls.of(first.key()), getTranslation("content.imageAlt", title));
        // The lead picture is the page's largest element: fetched at once, not lazily.
        lead.getElement().setAttribute("fetchpriority", "high");
        // Its box is reserved before the picture and the gallery's style sheet arrive (no jump), at
        // the size of the first HTML's lead picture, which the live page must not outgrow.
        lead.getElement().setAttribute("width", "800");
        lead.getElement().setAttribute("height", "600");
        lead.getStyle().set("display", "block").set("width", "100%").set("height", "auto").set("aspect-ratio", "4 / 3");
        NativeButton leadOpener = opener(lead, 0, "museum-gallery-lead");
        leadOpener.setWidthFull();
        add(leadOpener);
        add(MediaCredits.of(this::getTranslation, first.caption(), title, first.creator(), first.licence(), first.placeholder()));
        if (this.images.size() > 1) {
            Div strip = new Div();
            strip.addClassName("museum-gallery-strip");
            for (int i = 0; i < this.images.size(); i++) {
                Image thumbnail = new Image(MediaUrls.of(this.images.get(i).thumbnailKey()), "");
                thumbnail.getElement().setAttribute("loading", "lazy");
                strip.add(opener(thumbnail, i, "museum-gallery-thumbnail"));
            }
            add(strip);
        }
    }

    private NativeButton opener(Image image, int index, String className) {
        NativeButton button = new NativeButton();
        button.add(image);
        button.addClassName(className);
        button.getElement().setAttribute("aria-label", getTranslation("media.open", index + 1, images.size(), title));
        button.addClickListener(click -> new Lightbox(images, title, index).open());
        return button;
    }
}
