package vn.laocai.museum.app.places;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.map.MapLayers;
import vn.laocai.museum.app.map.MapMarker;
import vn.laocai.museum.app.map.MapProperties;
import vn.laocai.museum.app.map.MapSections;
import vn.laocai.museum.app.map.ProvinceOutline;
import vn.laocai.museum.app.map.Since2025;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;

/**
 * {@code /places}: the former districts and their communes; {@code /places/<slug>}: one of them —
 * its point where a source gives one, what grows there, its communes, the indications and marks
 * whose area includes it. Where a browser lands from the place's IRI ({@code /id/place/<slug>}).
 */
@Route(value = "places", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/reference.css")
public class PlacesView extends ReferencePage {

    private final MapProperties mapSettings;
    private final ProvinceOutline outline;

    public PlacesView(ReferenceCatalog catalog, MapProperties mapSettings, ProvinceOutline outline) {
        super(catalog, "museum-places");
        this.mapSettings = mapSettings;
        this.outline = outline;
    }

    @Override
    protected String renderList(References references, Locale reader) {
        String title = getTranslation("places.title");
        add(new H1(title), new Paragraph(getTranslation("places.intro")), new Anchor("map", getTranslation("map.title")));
        UnorderedList districts = new UnorderedList();
        districts.addClassName("museum-place-list");
        for (References.Place district : references.districts()) {
            ListItem item = new ListItem(new Anchor("places/" + district.slug(), district.name()));
            List<References.Place> communes = references.communesOf(district.slug());
            if (!communes.isEmpty()) {
                UnorderedList inner = new UnorderedList();
                communes.forEach(commune -> inner.add(new ListItem(new Anchor("places/" + commune.slug(), commune.name()))));
                item.add(inner);
            }
            districts.add(item);
        }
        add(districts);
        add(Facts.links(getTranslation("places.currentUnits"), references.currentCommunes(), c -> "places/" + c.slug(),
                c -> Since2025.name(c, reader)).toArray(Component[]::new));
        return title;
    }

    @Override
    protected String renderOne(References references, String slug, Locale reader) {
        References.Place place = references.place(slug).orElseThrow(() -> new NotFoundException("No place " + slug));
        String title = place.current() ? Since2025.name(place, reader) : place.name();
        H1 heading = new H1(title);
        if (place.unverified()) {
            heading.add(DocumentSections.unverified());
        }
        add(heading);
        Facts facts = new Facts().add(getTranslation("places.kind"), place.district() ? getTranslation("map.district")
                : place.current() ? getTranslation(place.ward() ? "places.currentWard" : "places.currentCommune")
                : getTranslation("places.commune"));
        if (place.parent() != null) {
            facts.add(getTranslation(place.current() ? "places.province" : "map.district"), place.parent().name());
        }
        place.point().ifPresentOrElse(point -> facts.add(getTranslation("places.point"),
                        String.format(Locale.ROOT, "%.3f° N, %.3f° E", point.latitude(), point.longitude())
                                + (place.pointVerified() ? "" : " — " + getTranslation("map.pointUnverified"))),
                () -> facts.add(getTranslation("places.point"), getTranslation("places.noPoint")));
        add(facts.component());
        if (place.parent() != null && !place.current()) {
            add(new Paragraph(new Anchor("places/" + place.parent().slug(), getTranslation("places.communeOf", place.parent().name()))));
        }
        if (!place.district() && !place.current()) {
            add(Since2025.sentence(place, reader, "").map(parts -> new Paragraph(parts.toArray(Component[]::new)))
                    .orElseGet(() -> new Paragraph(getTranslation("places.noSuccessor"))));
        }
        if (place.note() != null) {
            add(new Paragraph(place.note()));
        }
        List<MapMarker> marker = new MapLayers(references, reader, "/").place(place);
        if (!marker.isEmpty()) {
            add(MapSections.map(mapSettings, outline, marker, place.name()));
        }
        if (place.current()) {
            add(new H2(getTranslation("places.tookIn")));
            add(place.formerCommunes().isEmpty() ? new Paragraph(getTranslation("places.tookInNone"))
                    : formerCommunes(references, place.formerCommunes()));
            add(growing(getTranslation("places.growingBefore"), references.speciesInFormerCommunes(place)));
        } else {
            add(growing(getTranslation("places.growing"), references.speciesAt(slug)));
        }
        if (place.district()) {
            add(Facts.links(getTranslation("places.communes"), references.communesOf(slug), c -> "places/" + c.slug(),
                    References.Place::name).toArray(Component[]::new));
        }
        add(Facts.links(getTranslation("places.marks"), references.marksAt(slug), m -> "marks/" + m.slug(),
                References.Mark::name).toArray(Component[]::new));
        List<vn.laocai.museum.ontology.Document.Source> sources = new java.util.ArrayList<>(place.sources());
        place.pointSource().ifPresent(sources::add);
        add(DocumentSections.sources(sources).toArray(Component[]::new));
        return title;
    }

    /** The former communes a current commune took in, each with its former district. */
    private static UnorderedList formerCommunes(References references, List<References.Ref> communes) {
        UnorderedList list = new UnorderedList();
        list.addClassName("museum-former-communes");
        for (References.Ref commune : communes) {
            ListItem item = new ListItem(new Anchor("places/" + commune.slug(), commune.name()));
            references.place(commune.slug()).map(References.Place::parent)
                    .ifPresent(district -> item.add(new Span(" (" + district.name() + ")")));
            list.add(item);
        }
        return list;
    }

    /** The species recorded at the place; a protected one says that it is shown no closer than this. */
    private Component[] growing(String heading, List<References.Occurrence> occurrences) {
        if (occurrences.isEmpty()) {
            return new Component[] {new H2(heading), new Paragraph(getTranslation("places.nothingRecorded"))};
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("museum-place-species");
        for (References.Occurrence occurrence : occurrences) {
            ListItem item = new ListItem(new Anchor("species/" + occurrence.species().slug(), occurrence.species().name()));
            Span latin = new Span(" " + occurrence.scientificName());
            latin.addClassName("museum-latin");
            latin.getElement().setAttribute("lang", "la");
            item.add(latin);
            if (occurrence.protectedSpecies()) {
                Span badge = new Span(getTranslation("places.protected"));
                badge.addClassName("museum-protected");
                badge.getElement().setAttribute("title", getTranslation("places.protectedWhy"));
                item.add(badge);
            }
            list.add(item);
        }
        return new Component[] {new H2(heading), list};
    }
}
