package vn.laocai.museum.app.base.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.Localized;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.base.ui.HomeView;
import vn.laocai.museum.app.base.ui.LanguageNames;
import vn.laocai.museum.app.base.ui.MediaUrls;
import vn.laocai.museum.app.base.ui.MedicalDisclaimer;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.PublicReadCache;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesDetail;
import vn.laocai.museum.ontology.SpeciesSummary;
import vn.laocai.museum.ontology.TaxonName;

/**
 * Puts a readable rendering of the page's main content into its first HTML ({@code <main
 * id="museum-ssr">}): what crawlers, chat-app previews and a phone on a slow line see before any
 * script runs. A style rule hides it the moment the live view's layout is in the page, so the
 * live view takes over in place ({@link FirstHtmlMain}).
 */
@Component
class ServerRendering implements VaadinServiceInitListener {

    static final String ID = FirstHtmlMain.ID;
    /** Pages kept rendered, each in two languages: every species, remedy, story and record of the corpus, several times over. */
    private static final int CACHED_PAGES = 1_000;

    private final SpeciesCatalog species;
    private final DocumentCatalog documents;
    private final MarkdownRenderer markdown;
    private final ObjectProvider<PublicPages> otherPages;
    /**
     * The rendering of a species, remedy, story or record page and of the home page, per address and
     * language, until the next write of the public graph: it is made of public reads only, and a
     * repeated first HTML then costs a copy of it instead of the catalog lookups and the Markdown.
     * Each request gets its own copy ({@link Element#clone()}), never the kept element.
     */
    private final PublicReadCache<String, Optional<Element>> rendered;

    ServerRendering(SpeciesCatalog species, DocumentCatalog documents, MarkdownRenderer markdown, ObjectProvider<PublicPages> otherPages,
            GraphStore store) {
        this.species = species;
        this.documents = documents;
        this.markdown = markdown;
        this.otherPages = otherPages;
        this.rendered = new PublicReadCache<>(store, CACHED_PAGES);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::render);
    }

    private void render(IndexHtmlResponse response) {
        if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)) {
            return;
        }
        String path = request.getHttpServletRequest().getRequestURI().substring(request.getContextPath().length());
        Locale reader = SiteLanguage.of(request.getHttpServletRequest());
        Optional<PageAddress> page = PageAddress.of(path).filter(PageAddress::wellFormed);
        Optional<Element> main = page.isPresent() || isHome(path)
                ? rendered.get(reader.getLanguage() + " " + path, () -> render(page, path, reader)).map(ServerRendering::copy)
                : render(page, path, reader);
        main.ifPresent(element -> FirstHtmlMain.attach(response, element));
    }

    private Optional<Element> render(Optional<PageAddress> page, String path, Locale reader) {
        Element main = FirstHtmlMain.create(reader);
        boolean done = page.isPresent() ? renderDocument(page.get(), main, reader)
                : renderHome(path, main, reader) || renderOther(path, main, reader);
        return done ? Optional.of(main) : Optional.empty();
    }

    /** jsoup's nodes are not made for threads: a kept rendering is copied by one at a time. */
    private static Element copy(Element kept) {
        synchronized (kept) {
            return kept.clone();
        }
    }

    private static boolean isHome(String path) {
        return path.isEmpty() || path.equals("/");
    }

    private boolean renderHome(String path, Element main, Locale reader) {
        if (!isHome(path)) {
            return false;
        }
        // The live home page's markup and classes (HomeView), so the first paint already looks like it.
        main.appendElement("h1").text(MuseumTranslations.text(reader, "site.name"));
        main.appendElement("p").text(MuseumTranslations.text(reader, "site.description"));
        Element sections = main.appendElement("div").addClass("museum-sections");
        HomeView.SECTIONS.forEach(section -> sections.appendElement("a").attr("href", "/" + section.getKey())
                .text(MuseumTranslations.text(reader, section.getValue())));
        main.appendElement("h2").text(MuseumTranslations.text(reader, "home.speciesList"));
        Element cards = main.appendElement("div").addClass("museum-cards");
        ContentLanguage.speciesList(species, reader).forEach(localized -> {
            SpeciesSummary summary = localized.value();
            // Styled as the live view's .museum-card, named apart so the live view's cards can be told from these.
            Element card = cards.appendElement("a").addClass("museum-ssr-card")
                    .attr("href", "/" + DocumentKind.SPECIES.page(summary.slug()));
            summary.image().ifPresent(key -> card.appendElement("img").attr("src", MediaUrls.of(key)).attr("loading", "lazy")
                    .attr("alt", MuseumTranslations.text(reader, "content.imageAlt", summary.title())));
            Element body = card.appendElement("div").addClass("museum-card-body");
            body.appendElement("span").addClass("museum-card-title").text(summary.title());
            body.appendElement("span").addClass("museum-latin").text(summary.scientificName());
            marked(body, localized, reader);
        });
        return true;
    }

    /** A page of another feature (places, marks …): its heading and sentence. */
    private boolean renderOther(String path, Element main, Locale reader) {
        String relative = path.replaceFirst("^/", "");
        return otherPages.orderedStream().map(pages -> pages.describe(relative, reader)).flatMap(Optional::stream).findFirst()
                .map(summary -> {
                    main.appendElement("h1").text(summary.title());
                    main.appendElement("p").text(summary.description());
                    return true;
                }).orElse(false);
    }

    private boolean renderDocument(PageAddress page, Element main, Locale reader) {
        if (page.kind() == DocumentKind.SPECIES) {
            return ContentLanguage.species(species, page.slug(), reader)
                    .map(detail -> renderSpecies(detail, marked(main, detail, reader), reader)).orElse(false);
        }
        return ContentLanguage.document(documents, page.kind(), page.slug(), reader)
                .map(document -> renderDocument(document.value(), marked(main, document, reader), reader)).orElse(false);
    }

    /** A text in Vietnamese for an English reader says so, as the live page does. */
    private static Element marked(Element element, Localized<?> content, Locale reader) {
        if (content.fallsBackFrom(reader)) {
            element.attr("lang", content.language().getLanguage());
            element.appendElement("small").attr("lang", reader.getLanguage()).addClass("museum-vi-only")
                    .text(MuseumTranslations.text(reader, "content.vietnameseOnly"));
        }
        return element;
    }

    private boolean renderSpecies(Localized<SpeciesDetail> localized, Element main, Locale reader) {
        SpeciesDetail detail = localized.value();
        var summary = detail.summary();
        main.appendElement("h1").text(summary.title());
        main.appendElement("p").appendElement("i").attr("lang", "la")
                .text((summary.scientificName() + " " + detail.authorship()).strip());
        main.appendElement("p").text(MuseumTranslations.text(reader, "species.familyLine", summary.family()));
        detail.images().stream().findFirst().ifPresent(picture -> leadPicture(main, picture.key(),
                MuseumTranslations.text(reader, "content.imageAlt", summary.title())));
        main.appendElement("p").text(summary.summary());
        main.appendElement("h2").attr("lang", reader.getLanguage()).text(MuseumTranslations.text(reader, "species.names"));
        Element names = main.appendElement("ul");
        for (TaxonName name : detail.names()) {
            Element item = names.appendElement("li");
            item.appendText(LanguageNames.of(name.language(), reader) + ": ");
            item.appendElement("span").attr("lang", name.language()).text(name.form());
        }
        narrative(detail.narrativeMarkdown(), main);
        return true;
    }

    /**
     * The picture the live page shows first, from the same address (so the live view finds it in the
     * cache), fetched before the scripts and with its box reserved before it arrives.
     */
    private static void leadPicture(Element main, String key, String alt) {
        main.appendElement("img").addClass("museum-ssr-lead").attr("src", MediaUrls.of(key)).attr("alt", alt)
                .attr("width", "800").attr("height", "600").attr("fetchpriority", "high").attr("decoding", "async");
    }

    private boolean renderDocument(Document document, Element main, Locale reader) {
        main.appendElement("h1").text(document.title());
        main.appendElement("p").text(document.summary());
        if (document.kind() == DocumentKind.REMEDY) {
            main.appendElement("p").attr("lang", reader.getLanguage()).appendElement("strong").text(MedicalDisclaimer.text(reader));
        }
        if (!document.statements().isEmpty()) {
            Element list = main.appendElement("ul");
            document.statements().forEach(statement -> list.appendElement("li").text(statement.text()));
        }
        narrative(document.narrativeMarkdown(), main);
        return true;
    }

    /** The narrative, through the same sanitising renderer the live page uses. */
    private void narrative(String text, Element main) {
        if (!text.isBlank()) {
            main.appendElement("div").html(markdown.toHtml(text));
        }
    }
}
