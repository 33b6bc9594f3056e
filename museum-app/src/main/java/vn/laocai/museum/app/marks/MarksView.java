package vn.laocai.museum.app.marks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.places.Facts;
import vn.laocai.museum.app.places.ReferencePage;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;

/**
 * {@code /marks}: geographical indications, collective marks and OCOP products; {@code /marks/<slug>}:
 * one of them — number, decision, holder, area, the herbs it covers, sources.
 */
@Route(value = "marks", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/reference.css")
public class MarksView extends ReferencePage {

    public MarksView(ReferenceCatalog catalog) {
        super(catalog, "museum-marks");
    }

    @Override
    protected String renderList(References references, Locale reader) {
        String title = getTranslation("marks.title");
        add(new H1(title), new Paragraph(getTranslation("marks.intro")));
        for (References.Mark.Kind kind : References.Mark.Kind.values()) {
            List<References.Mark> marks = references.marks().stream().filter(mark -> mark.kind() == kind).toList();
            add(Facts.links(getTranslation(kindKey(kind)), marks, mark -> "marks/" + mark.slug(), References.Mark::name)
                    .toArray(Component[]::new));
        }
        return title;
    }

    @Override
    protected String renderOne(References references, String slug, Locale reader) {
        References.Mark mark = references.mark(slug).orElseThrow(() -> new NotFoundException("No mark " + slug));
        add(new H1(mark.name()));
        add(new Facts()
                .add(getTranslation("marks.kind"), getTranslation(kindKey(mark.kind())))
                .add(getTranslation("marks.product"), mark.product())
                .add(getTranslation("marks.number"), mark.number())
                .add(getTranslation("marks.decision"), mark.decision())
                .add(getTranslation("marks.date"), mark.date())
                .add(getTranslation("marks.holder"), mark.holder())
                .add(getTranslation("marks.rating"), mark.rating() == null ? null : getTranslation("marks.stars", mark.rating()))
                .component());
        if (mark.note() != null) {
            add(new Paragraph(mark.note()));
        }
        add(Facts.links(getTranslation("marks.area"), mark.places(), place -> "places/" + place.slug(), References.Ref::name)
                .toArray(Component[]::new));
        List<References.Ref> species = references.speciesWithMark(slug);
        if (!species.isEmpty()) {
            UnorderedList list = new UnorderedList();
            species.forEach(each -> list.add(new ListItem(new Anchor("species/" + each.slug(), each.name()))));
            add(new H2(getTranslation("marks.species")), list);
        }
        add(DocumentSections.sources(mark.sources()).toArray(Component[]::new));
        return mark.name();
    }

    static String kindKey(References.Mark.Kind kind) {
        return switch (kind) {
            case GEOGRAPHICAL_INDICATION -> "marks.gi";
            case COLLECTIVE_MARK -> "marks.collective";
            case OCOP_PRODUCT -> "marks.ocop";
        };
    }
}
