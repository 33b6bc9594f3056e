package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import vn.laocai.museum.app.base.i18n.Localized;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MediaUrls;
import vn.laocai.museum.ontology.SpeciesSummary;

/** The kiosk's building blocks: picture tiles with a placeholder behind, and text without links out. */
final class KioskTiles {

    private KioskTiles() {}

    /** The kiosk page of a species. */
    static String speciesPage(String slug) {
        return "kiosk/species/" + slug;
    }

    /** A grid of picture tiles, one per species. */
    static Div tiles(List<Localized<SpeciesSummary>> species, Locale reader) {
        Div tiles = new Div();
        tiles.addClassName("kiosk-tiles");
        species.forEach(each -> tiles.add(tile(each, reader)));
        return tiles;
    }

    /** A tile: the picture (or, when it cannot be loaded, a leaf drawn behind it), the name and the Latin name. */
    static Anchor tile(Localized<SpeciesSummary> localized, Locale reader) {
        SpeciesSummary species = localized.value();
        Span title = new Span(species.title());
        title.addClassName("kiosk-tile-title");
        Span latin = new Span(species.scientificName());
        latin.addClassName("kiosk-tile-latin");
        latin.getElement().setAttribute("lang", "la");
        Anchor tile = new Anchor(speciesPage(species.slug()));
        tile.addClassName("kiosk-tile");
        tile.add(picture(species.image().orElse(null), species.title(), reader, "kiosk-picture"), title, latin);
        DocumentSections.mark(tile, localized, reader);
        return tile;
    }

    /** A picture in a box whose background is the placeholder, so a missing picture leaves the leaf. */
    static Div picture(String objectKey, String title, Locale reader, String className) {
        Div box = new Div();
        box.addClassName(className);
        if (objectKey != null) {
            Image image = new Image(MediaUrls.of(objectKey), MuseumTranslations.text(reader, "content.imageAlt", title));
            image.getElement().setAttribute("loading", "lazy");
            box.add(image);
        } else {
            box.getElement().setAttribute("role", "img");
            box.getElement().setAttribute("aria-label", MuseumTranslations.text(reader, "kiosk.noPicture"));
        }
        return box;
    }

    /** HTML of a narrative with its links turned into plain text: the kiosk offers no way out. */
    static String withoutLinks(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        body.select("a").unwrap();
        return body.html();
    }

    /** A link-free component list: a notice of the sources' titles, as text. */
    static Component sourcesAsText(String heading, List<vn.laocai.museum.ontology.Document.Source> sources) {
        Div box = new Div();
        if (sources.isEmpty()) {
            return box;
        }
        box.add(new com.vaadin.flow.component.html.H2(heading));
        com.vaadin.flow.component.html.OrderedList list = new com.vaadin.flow.component.html.OrderedList();
        sources.forEach(source -> list.add(new com.vaadin.flow.component.html.ListItem(
                source.title() == null ? source.url() : source.title())));
        box.add(list);
        return box;
    }
}
