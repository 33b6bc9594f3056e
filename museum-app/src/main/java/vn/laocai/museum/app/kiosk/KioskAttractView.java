package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.app.species.SpeciesCatalogue;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.search.DocumentFacets;

/**
 * {@code /kiosk/attract}: what an idle kiosk shows — the strategic herbs and the stories, one slide
 * after another (in the browser, so nothing runs on the server while nobody is there), in both
 * languages' invitation to touch. A touch anywhere opens the kiosk's home.
 */
@Route("kiosk/attract")
@AnonymousAllowed
@JavaScript("context://kiosk/kiosk.js")
@StyleSheet("context://styles/kiosk.css")
public class KioskAttractView extends ReaderPage {

    private final SpeciesCatalog species;
    private final DocumentFacets facets;
    private final DocumentCatalog documents;
    private final KioskProperties settings;
    private final Div slides = new Div();

    public KioskAttractView(SpeciesCatalog species, DocumentFacets facets, DocumentCatalog documents, KioskProperties settings) {
        this.species = species;
        this.facets = facets;
        this.documents = documents;
        this.settings = settings;
        addClassName("kiosk-attract");
        setPadding(false);
        getElement().setAttribute("role", "button");
        getElement().addEventListener("click", event -> UI.getCurrent().navigate("kiosk"));
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        slides.removeAll();
        SpeciesCatalogue.read(species, facets, reader).strategic().forEach(entry -> slides.add(
                slide(entry.summary().title(), entry.summary().summary(), entry.summary().image().orElse(null), reader)));
        ContentLanguage.list(documents, DocumentKind.STORY, reader).forEach(story -> documents
                .find(DocumentKind.STORY, story.value().slug(), story.language().getLanguage())
                .ifPresent(found -> slides.add(slide(found.title(), found.summary(), null, reader))));
        Span touch = new Span(getTranslation("kiosk.touchToStart"));
        touch.addClassName("kiosk-touch");
        add(slides, touch);
        if (isAttached()) {
            start();
        }
        return getTranslation("kiosk.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        start();
    }

    private void start() {
        slides.getElement().executeJs("window.museumKiosk.placeholders(); window.museumKiosk.attract(this, $0)",
                settings.slideSeconds() * 1000);
    }

    private static Div slide(String title, String summary, String imageKey, Locale reader) {
        Div slide = new Div();
        slide.addClassName("kiosk-slide");
        if (imageKey != null) {
            slide.add(KioskTiles.picture(imageKey, title, reader, "kiosk-slide-picture").getChildren().findFirst().orElseThrow());
        }
        Span heading = new Span(title);
        heading.addClassName("kiosk-slide-title");
        Span text = new Span(summary);
        text.addClassName("kiosk-slide-summary");
        Div caption = new Div(heading, text);
        caption.addClassName("kiosk-slide-text");
        slide.add(caption);
        return slide;
    }
}
