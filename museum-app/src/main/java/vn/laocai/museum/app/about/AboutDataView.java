package vn.laocai.museum.app.about;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.app.places.Facts;
import vn.laocai.museum.export.DatasetDescription;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.SpeciesCatalog;

/** {@code /about-data}: what the public dataset holds (counted from the graph), its licence, and every way to get it. */
@Route(value = "about-data", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/reference.css")
public class AboutDataView extends ReaderPage {

    private final GraphStore store;
    private final SpeciesCatalog species;
    private final DocumentCatalog documents;
    private final ReferenceCatalog references;

    public AboutDataView(GraphStore store, SpeciesCatalog species, DocumentCatalog documents, ReferenceCatalog references) {
        this.store = store;
        this.species = species;
        this.documents = documents;
        this.references = references;
        addClassName("museum-about-data");
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        DatasetFigures figures = DatasetFigures.count(store, species, documents, references);
        String title = getTranslation("about.title");
        add(new H1(title), new Paragraph(getTranslation("about.intro")));
        add(new H2(getTranslation("about.holds")));
        add(new Facts()
                .add(getTranslation("about.species"), number(figures.species()))
                .add(getTranslation("about.remedies"), number(figures.remedies()))
                .add(getTranslation("about.stories"), number(figures.stories()))
                .add(getTranslation("about.knowledge"), number(figures.knowledge()))
                .add(getTranslation("about.places"), getTranslation("about.placesValue", figures.districts(), figures.communes()))
                .add(getTranslation("about.marks"), number(figures.marks()))
                .add(getTranslation("about.lists"), getTranslation("about.listsValue", figures.lists(), figures.instruments()))
                .add(getTranslation("about.triples"), number(figures.triples()))
                .component());
        add(new Paragraph(getTranslation("about.restricted")));
        add(new H2(getTranslation("about.licence")));
        Anchor licence = new Anchor(DatasetDescription.LICENSE, "CC BY 4.0");
        licence.getElement().setAttribute("rel", "license");
        add(new Paragraph(licence), new Paragraph(getTranslation("about.licenceText")));
        add(new H2(getTranslation("about.access")));
        UnorderedList access = new UnorderedList();
        access.add(item("sparql-editor", getTranslation("about.sparqlEditor")), item("/sparql", getTranslation("about.sparql")),
                item("/dumps/museum-public.ttl.gz", getTranslation("about.dumpTurtle")),
                item("/dumps/museum-public.nq.gz", getTranslation("about.dumpNquads")),
                item("/.well-known/void", getTranslation("about.void")), item("/exports/dwca.zip", getTranslation("about.dwca")),
                item("/sitemap.xml", getTranslation("about.sitemap")));
        add(access);
        add(new Paragraph(getTranslation("about.iris")));
        return title;
    }

    private String number(long value) {
        return String.format(getLocale(), "%,d", value);
    }

    private static ListItem item(String href, String text) {
        Anchor link = new Anchor(href, text);
        // Files and endpoints, not pages of the app: the browser fetches them itself.
        link.getElement().setAttribute("router-ignore", true);
        return new ListItem(link);
    }
}
