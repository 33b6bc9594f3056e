package vn.laocai.museum.app.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import com.vaadin.flow.component.UI;

/** The map and the same points as a list of text and links (for screen readers and small screens). */
public final class MapSections {

    private MapSections() {}

    /** A map of these markers, saying in its corner where the outline comes from (or that it is only approximate). */
    public static HerbMap map(MapProperties settings, ProvinceOutline outline, List<MapMarker> markers, String label) {
        HerbMap map = new HerbMap(settings, outline, label);
        if (outline.approximate()) {
            map.setOutlineLabel(text("map.approximateShort"));
        } else if (outline.attribution() != null) {
            map.setOutlineLabel(text("map.outlineCredit", outline.attribution()));
        }
        map.show(markers);
        return map;
    }

    /** A heading and one line per marker: its title (a link) and its popup's lines. */
    public static Component pointList(String heading, List<MapMarker> markers) {
        UnorderedList list = new UnorderedList();
        list.addClassName("museum-map-points");
        for (MapMarker marker : markers) {
            ListItem item = new ListItem(marker.link() == null ? new Span(marker.title()) : new Anchor(marker.link(), marker.title()));
            marker.lines().forEach(line -> item.add(new Span(" · " + line)));
            list.add(item);
        }
        return new Div(new H2(heading), list);
    }

    private static String text(String key, Object... params) {
        UI ui = UI.getCurrent();
        return MuseumTranslations.text(SiteLanguage.supported(ui == null ? null : ui.getLocale()), key, params);
    }
}
