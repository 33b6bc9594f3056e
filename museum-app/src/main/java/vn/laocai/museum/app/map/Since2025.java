package vn.laocai.museum.app.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.ontology.References;

/**
 * "Since 1 July 2025 part of Trịnh Tường commune": the current commune a former commune has been
 * part of, linked to its page, with the "unverified" badge when only an aggregator gives it.
 *
 * <pre>{@code
 * Since2025.sentence(place, reader, "/").ifPresent(parts -> add(new Paragraph(parts.toArray(Component[]::new))));
 * }</pre>
 */
public final class Since2025 {

    private static final String SLOT = "\u0000";

    private Since2025() {
    }

    /** The sentence's parts (text, link, text, badge); empty when no source gives the place's successor. */
    public static Optional<List<Component>> sentence(References.Place place, Locale reader, String linkPrefix) {
        return place.successor().map(successor -> {
            String[] around = MuseumTranslations.text(reader, "places.since2025", SLOT).split(SLOT, -1);
            List<Component> parts = new ArrayList<>();
            parts.add(new Text(around[0]));
            parts.add(new Anchor(linkPrefix + "places/" + successor.slug(), name(successor.name(), place.successorWard(), reader)));
            parts.add(new Text(around.length > 1 ? around[1] : ""));
            if (!place.successorVerified()) {
                parts.add(new Text(" "));
                parts.add(DocumentSections.unverified());
            }
            Span sentence = new Span(parts.toArray(Component[]::new));
            sentence.addClassName("museum-since-2025");
            return List.of(sentence);
        });
    }

    /** The sentence as plain text, for the first HTML; empty when there is no successor. */
    public static Optional<String> text(References.Place place, Locale reader) {
        return place.successor().map(successor -> text(successor.name(), place.successorWard(), place.successorVerified(), reader));
    }

    /** "Since 1 July 2025 part of Sa Pa ward. (unverified)" for a commune or ward known by its name alone. */
    public static String text(String name, boolean ward, boolean verified, Locale reader) {
        return MuseumTranslations.text(reader, "places.since2025", name(name, ward, reader))
                + (verified ? "" : " (" + MuseumTranslations.text(reader, "content.unverified") + ")");
    }

    /** "xã Trịnh Tường" / "Trịnh Tường commune", "phường Sa Pa" / "Sa Pa ward". */
    public static String name(String name, boolean ward, Locale reader) {
        return MuseumTranslations.text(reader, ward ? "places.currentWardName" : "places.currentName", name);
    }

    /** The name of a current commune or ward as its page calls it. */
    public static String name(References.Place place, Locale reader) {
        return name(place.name(), place.ward(), reader);
    }
}
