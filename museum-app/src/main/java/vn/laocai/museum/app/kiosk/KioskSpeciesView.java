package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.Localized;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.LanguageNames;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.app.map.MapLayers;
import vn.laocai.museum.app.map.MapMarker;
import vn.laocai.museum.app.map.MapProperties;
import vn.laocai.museum.app.map.MapSections;
import vn.laocai.museum.app.map.ProvinceOutline;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesDetail;
import vn.laocai.museum.ontology.SpeciesNote;
import vn.laocai.museum.ontology.TaxonName;

/**
 * {@code /kiosk/species/<slug>}: a herb for a visitor at the kiosk — large picture (a leaf when the
 * picture cannot be loaded), names, uses and cautions, where it grows on the map, its stories —
 * with every link staying on the kiosk and sources named without links.
 */
@Route(value = "kiosk/species", layout = KioskLayout.class)
@AnonymousAllowed
public class KioskSpeciesView extends ReaderPage implements HasUrlParameter<String> {

    private final SpeciesCatalog species;
    private final DocumentCatalog documents;
    private final ReferenceCatalog references;
    private final MarkdownRenderer markdown;
    private final MapProperties mapSettings;
    private final ProvinceOutline outline;
    private String slug;

    public KioskSpeciesView(SpeciesCatalog species, DocumentCatalog documents, ReferenceCatalog references,
            MarkdownRenderer markdown, MapProperties mapSettings, ProvinceOutline outline) {
        this.species = species;
        this.documents = documents;
        this.references = references;
        this.markdown = markdown;
        this.mapSettings = mapSettings;
        this.outline = outline;
        addClassName("kiosk-species");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        this.slug = slug;
        refresh();
    }

    @Override
    protected String render(Locale reader) {
        Localized<SpeciesDetail> localized = ContentLanguage.species(species, slug, reader)
                .orElseThrow(() -> new KioskPageNotFound("No species " + slug));
        SpeciesDetail detail = localized.value();
        Anchor back = new Anchor("kiosk", getTranslation("kiosk.back"));
        back.addClassName("kiosk-back");
        add(back);
        add(KioskTiles.picture(detail.imageKeys().stream().findFirst().orElse(null), detail.summary().title(), reader, "kiosk-figure"));
        Div text = new Div(new H1(detail.summary().title()));
        if (localized.fallsBackFrom(reader)) {
            text.add(DocumentSections.vietnameseOnly());
            text.getElement().setAttribute("lang", localized.language().getLanguage());
        }
        Emphasis latin = new Emphasis(detail.summary().scientificName());
        latin.getElement().setAttribute("lang", "la");
        text.add(new Paragraph(latin, new Span(" · " + getTranslation("species.family", detail.summary().family()))));
        text.add(new Paragraph(detail.summary().summary()));
        if (!detail.narrativeMarkdown().isBlank()) {
            text.add(new Html("<div class=\"museum-narrative\">" + KioskTiles.withoutLinks(markdown.toHtml(detail.narrativeMarkdown())) + "</div>"));
        }
        add(text);
        add(new H2(getTranslation("species.names")), names(detail.names(), reader));
        notes(getTranslation("species.uses"), detail.notes(SpeciesNote.Kind.USE));
        notes(getTranslation("species.safety"), detail.notes(SpeciesNote.Kind.SAFETY));
        where(reader);
        stories(reader);
        add(KioskTiles.sourcesAsText(getTranslation("content.sources"), documents.sources(detail.summary().iri())));
        return detail.summary().title();
    }

    private void where(Locale reader) {
        References data = references.read(ContentLanguage.code(reader));
        List<References.Occurrence> occurrence = data.occurrences().stream().filter(o -> o.species().slug().equals(slug)).toList();
        if (occurrence.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("kiosk.whereItGrows")));
        List<MapMarker> markers = new MapLayers(data, reader, "/kiosk/").species(slug);
        if (!markers.isEmpty()) {
            add(MapSections.map(mapSettings, outline, markers, getTranslation("kiosk.whereItGrows")));
        }
        if (occurrence.getFirst().protectedSpecies()) {
            add(DocumentSections.notice("kiosk-notice", getTranslation("map.generalised")));
        }
        Div places = new Div();
        places.addClassName("kiosk-chips");
        occurrence.getFirst().places().forEach(place -> {
            Anchor chip = new Anchor("kiosk/places/" + place.slug(), place.name());
            chip.addClassName("kiosk-chip");
            places.add(chip);
        });
        add(places);
    }

    private void stories(Locale reader) {
        List<Localized<Document.Link>> stories = ContentLanguage.links(documents, DocumentKind.SPECIES.iri(slug), reader).stream()
                .filter(link -> link.value().kind() == DocumentKind.STORY).toList();
        if (stories.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("species.stories")));
        Div chips = new Div();
        chips.addClassName("kiosk-chips");
        stories.forEach(story -> {
            Anchor chip = new Anchor("kiosk/stories/" + story.value().slug(),
                    story.value().title() == null ? story.value().slug() : story.value().title());
            chip.addClassName("kiosk-chip");
            chips.add(chip);
        });
        add(chips);
    }

    private void notes(String heading, List<SpeciesNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        notes.forEach(note -> {
            ListItem item = new ListItem(note.text());
            if (!note.verified()) {
                item.add(DocumentSections.unverified());
            }
            list.add(item);
        });
        add(new H2(heading), list);
    }

    private static UnorderedList names(List<TaxonName> names, Locale reader) {
        UnorderedList list = new UnorderedList();
        list.addClassName("museum-names");
        for (TaxonName name : names) {
            Span form = new Span(name.form());
            form.getElement().setAttribute("lang", name.language());
            list.add(new ListItem(new Span(LanguageNames.of(name.language(), reader) + ": "), form));
        }
        return list;
    }
}
