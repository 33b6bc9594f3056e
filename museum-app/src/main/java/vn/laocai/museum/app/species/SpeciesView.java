package vn.laocai.museum.app.species;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.List;
import com.vaadin.flow.component.Component;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.LanguageNames;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.base.ui.MediaUrls;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesDetail;
import vn.laocai.museum.ontology.SpeciesNote;
import vn.laocai.museum.ontology.TaxonName;

/** A species page: its names in every language, picture, story, uses and cautions, read from the graph. */
@Route(value = "species", layout = MainLayout.class)
public class SpeciesView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final SpeciesCatalog catalog;
    private final DocumentCatalog documents;
    private final MarkdownRenderer markdown;
    private String title = "Dược liệu";

    public SpeciesView(SpeciesCatalog catalog, DocumentCatalog documents, MarkdownRenderer markdown) {
        this.catalog = catalog;
        this.documents = documents;
        this.markdown = markdown;
        addClassName("museum-species");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        SpeciesDetail species = catalog.find(slug, "vi").orElseThrow(() -> new NotFoundException("No species " + slug));
        title = species.summary().title() + " — Bảo tàng Dược liệu số Lào Cai";
        removeAll();
        show(species);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(SpeciesDetail species) {
        H1 heading = new H1(species.summary().title());
        Paragraph latin = new Paragraph(new Emphasis(species.summary().scientificName()),
                new Span(" " + species.authorship() + " · họ " + species.summary().family()));
        latin.addClassName("museum-latin-line");
        add(heading, latin);
        species.imageKeys().stream().findFirst().ifPresent(key -> add(picture(key, species)));
        add(new Paragraph(species.summary().summary()));
        if (!species.narrativeMarkdown().isBlank()) {
            add(new Html("<div class=\"museum-narrative\">" + markdown.toHtml(species.narrativeMarkdown()) + "</div>"));
        }
        add(new H2("Tên gọi"), names(species.names()));
        section("Công dụng theo kinh nghiệm truyền thống", species.notes(SpeciesNote.Kind.USE));
        section("Lưu ý an toàn", species.notes(SpeciesNote.Kind.SAFETY));
        section("Trồng trọt", species.notes(SpeciesNote.Kind.CULTIVATION));
        List<Document.Link> links = documents.links(species.summary().iri(), "vi");
        add(DocumentSections.links("Bài thuốc có dùng loài này", only(links, DocumentKind.REMEDY)).toArray(Component[]::new));
        add(DocumentSections.links("Câu chuyện", only(links, DocumentKind.STORY)).toArray(Component[]::new));
        add(DocumentSections.links("Tri thức bản địa", only(links, DocumentKind.KNOWLEDGE)).toArray(Component[]::new));
        add(DocumentSections.sources(documents.sources(species.summary().iri())).toArray(Component[]::new));
    }

    private static List<Document.Link> only(List<Document.Link> links, DocumentKind kind) {
        return links.stream().filter(link -> link.kind() == kind).toList();
    }

    private Div picture(String key, SpeciesDetail species) {
        Image image = new Image(MediaUrls.of(key), "Ảnh minh hoạ " + species.summary().title());
        Span caption = new Span("Ảnh minh hoạ tạm thời, chờ ảnh thật của bảo tàng");
        caption.addClassName("museum-caption");
        Div figure = new Div(image, caption);
        figure.addClassName("museum-figure");
        return figure;
    }

    private static UnorderedList names(List<TaxonName> names) {
        UnorderedList list = new UnorderedList();
        list.addClassName("museum-names");
        for (TaxonName name : names) {
            Span language = new Span(LanguageNames.vietnamese(name.language()) + ": ");
            language.addClassName("museum-name-lang");
            Span form = new Span(name.form());
            form.getElement().setAttribute("lang", name.language());
            ListItem item = new ListItem(language, form);
            if (!name.verified()) {
                item.add(DocumentSections.unverified());
            }
            list.add(item);
        }
        return list;
    }

    /** Uses, cautions and growing notes, shown like every document's statements. */
    private void section(String heading, List<SpeciesNote> notes) {
        List<Document.Statement> statements = notes.stream()
                .map(note -> new Document.Statement(note.kind().name(), note.text(), note.verified()))
                .toList();
        add(DocumentSections.statements(heading, statements, false).toArray(Component[]::new));
    }
}
