package vn.laocai.museum.app.species;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.Localized;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.LanguageNames;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.map.SpeciesDistributionMap;
import vn.laocai.museum.app.media.ModelPanel;
import vn.laocai.museum.app.media.SpeciesGallery;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesDetail;
import vn.laocai.museum.ontology.SpeciesNote;
import vn.laocai.museum.ontology.TaxonName;

/**
 * A species page: its names in every language, picture, story, uses and cautions, read from the
 * graph in the visitor's language (the Vietnamese text, marked, where there is no translation yet).
 */
@Route(value = "species", layout = MainLayout.class)
@AnonymousAllowed
public class SpeciesView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, LocaleChangeObserver {

    private SpeciesDistributionMap distribution;

    private final SpeciesCatalog catalog;
    private final DocumentCatalog documents;
    private final MarkdownRenderer markdown;
    private String slug;
    private String title;
    private Locale rendered;

    /** Where the species grows, on a map; absent in views tested on their own. */
    @Autowired(required = false)
    void setDistribution(SpeciesDistributionMap distribution) {
        this.distribution = distribution;
    }

    public SpeciesView(SpeciesCatalog catalog, DocumentCatalog documents, MarkdownRenderer markdown) {
        this.catalog = catalog;
        this.documents = documents;
        this.markdown = markdown;
        addClassName("museum-species");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        this.slug = slug;
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (slug != null && !getLocale().equals(rendered)) {
            render();
            UI.getCurrent().getPage().setTitle(getPageTitle());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", title == null ? getTranslation("species.pageTitle") : title);
    }

    private void render() {
        Locale reader = getLocale();
        Localized<SpeciesDetail> species = ContentLanguage.species(catalog, slug, reader)
                .orElseThrow(() -> new NotFoundException("No species " + slug));
        title = species.value().summary().title();
        removeAll();
        show(species, reader);
        rendered = reader;
    }

    private void show(Localized<SpeciesDetail> localized, Locale reader) {
        SpeciesDetail species = localized.value();
        boolean fallback = localized.fallsBackFrom(reader);
        H1 heading = new H1(species.summary().title());
        Paragraph latin = new Paragraph(new Emphasis(species.summary().scientificName()),
                new Span(" " + species.authorship() + " · " + getTranslation("species.family", species.summary().family())));
        latin.addClassName("museum-latin-line");
        add(heading);
        if (fallback) {
            add(DocumentSections.vietnameseOnly());
        }
        add(latin);
        add(new SpeciesGallery(species.images(), species.summary().title()));
        Paragraph summary = new Paragraph(species.summary().summary());
        add(summary);
        List<Component> texts = new ArrayList<>(List.of(heading, summary));
        if (!species.narrativeMarkdown().isBlank()) {
            Html narrative = new Html("<div class=\"museum-narrative\">" + markdown.toHtml(species.narrativeMarkdown()) + "</div>");
            texts.add(narrative);
            add(narrative);
        }
        add(new H2(getTranslation("species.names")), names(species.names(), reader));
        if (!species.models().isEmpty()) {
            add(new H2(getTranslation("media.models")));
            species.models().forEach(model -> add(new ModelPanel(model, species.summary().title())));
        }
        texts.addAll(section(getTranslation("species.uses"), species.notes(SpeciesNote.Kind.USE)));
        texts.addAll(section(getTranslation("species.safety"), species.notes(SpeciesNote.Kind.SAFETY)));
        texts.addAll(section(getTranslation("species.cultivation"), species.notes(SpeciesNote.Kind.CULTIVATION)));
        if (distribution != null) {
            add(distribution.of(species.summary().slug(), reader, "/").toArray(Component[]::new));
        }
        if (fallback) {
            // The species' own texts say they are Vietnamese; headings stay in the reader's language.
            texts.stream().filter(text -> !(text instanceof H2))
                    .forEach(text -> text.getElement().setAttribute("lang", localized.language().toLanguageTag()));
        }
        List<Localized<Document.Link>> links = ContentLanguage.links(documents, species.summary().iri(), reader);
        add(DocumentSections.localizedLinks(getTranslation("species.remedies"), only(links, DocumentKind.REMEDY), reader)
                .toArray(Component[]::new));
        add(DocumentSections.localizedLinks(getTranslation("species.stories"), only(links, DocumentKind.STORY), reader)
                .toArray(Component[]::new));
        add(DocumentSections.localizedLinks(getTranslation("species.knowledge"), only(links, DocumentKind.KNOWLEDGE), reader)
                .toArray(Component[]::new));
        add(DocumentSections.sources(documents.sources(species.summary().iri())).toArray(Component[]::new));
    }

    private static List<Localized<Document.Link>> only(List<Localized<Document.Link>> links, DocumentKind kind) {
        return links.stream().filter(link -> link.value().kind() == kind).toList();
    }

    private static UnorderedList names(List<TaxonName> names, Locale reader) {
        UnorderedList list = new UnorderedList();
        list.addClassName("museum-names");
        for (TaxonName name : names) {
            Span language = new Span(LanguageNames.of(name.language(), reader) + ": ");
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

    /** Uses, cautions and growing notes, shown like every document's statements; returns what it added. */
    private List<Component> section(String heading, List<SpeciesNote> notes) {
        List<Document.Statement> statements = notes.stream()
                .map(note -> new Document.Statement(note.kind().name(), note.text(), note.verified()))
                .toList();
        List<Component> added = DocumentSections.statements(heading, statements, false);
        add(added.toArray(Component[]::new));
        return added;
    }
}
