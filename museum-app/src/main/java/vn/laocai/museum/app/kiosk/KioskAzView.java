package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.app.species.SpeciesCatalogue;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.search.DocumentFacets;

/**
 * {@code /kiosk/a-z}: every herb under the letters of the reader's alphabet — in Vietnamese A, Ă, Â,
 * B … D, Đ … (ICU), with a row of letter buttons that scroll to their herbs.
 */
@Route(value = "kiosk/a-z", layout = KioskLayout.class)
@AnonymousAllowed
public class KioskAzView extends ReaderPage {

    private final SpeciesCatalog species;
    private final DocumentFacets facets;

    public KioskAzView(SpeciesCatalog species, DocumentFacets facets) {
        this.species = species;
        this.facets = facets;
        addClassName("kiosk-az");
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        Map<String, List<SpeciesCatalogue.Entry>> letters = SpeciesCatalogue.read(species, facets, reader).byLetter();
        add(new H1(getTranslation("kiosk.nav.az")));
        Div buttons = new Div();
        buttons.addClassName("kiosk-letters");
        add(buttons);
        for (Map.Entry<String, List<SpeciesCatalogue.Entry>> letter : letters.entrySet()) {
            H2 heading = new H2(letter.getKey());
            heading.addClassName("kiosk-letter-heading");
            NativeButton button = new NativeButton(letter.getKey(),
                    event -> heading.getElement().executeJs("this.scrollIntoView({behavior: 'smooth'})"));
            button.addClassName("kiosk-letter");
            buttons.add(button);
            Div list = new Div();
            list.addClassName("kiosk-az-list");
            for (SpeciesCatalogue.Entry entry : letter.getValue()) {
                Span latin = new Span(entry.summary().scientificName());
                latin.addClassName("kiosk-latin");
                latin.getElement().setAttribute("lang", "la");
                Anchor link = new Anchor(KioskTiles.speciesPage(entry.summary().slug()), entry.summary().title());
                link.add(latin);
                list.add(DocumentSections.mark(link, entry.species(), reader));
            }
            add(heading, list);
        }
        return getTranslation("kiosk.nav.az");
    }
}
