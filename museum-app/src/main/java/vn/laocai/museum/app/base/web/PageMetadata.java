package vn.laocai.museum.app.base.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.PublicReadCache;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesDetail;
import vn.laocai.museum.ontology.TaxonName;

/**
 * Writes what crawlers and chat-app previews read into the first HTML of every page, before any
 * script runs: the language, title, description, canonical link, Open Graph tags and schema.org
 * JSON-LD of the species, remedy or story the page shows.
 */
@Component
class PageMetadata implements VaadinServiceInitListener {

    /** Readable JSON ("Tam thất", not escapes); {@link #safe} keeps it inside its script element. */
    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();
    /** Pages kept described, each in two languages (and under each host name the site is reached by). */
    private static final int CACHED_PAGES = 1_000;

    private final SpeciesCatalog species;
    private final DocumentCatalog documents;
    private final ObjectProvider<PublicPages> otherPages;
    /**
     * The head of a species, remedy, story or record page per address (with its origin) and
     * language, until the next write of the public graph: it is made of public reads only.
     */
    private final PublicReadCache<String, Element> described;

    PageMetadata(SpeciesCatalog species, DocumentCatalog documents, ObjectProvider<PublicPages> otherPages, GraphStore store) {
        this.species = species;
        this.documents = documents;
        this.otherPages = otherPages;
        this.described = new PublicReadCache<>(store, CACHED_PAGES);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::describe);
    }

    private void describe(IndexHtmlResponse response) {
        Document html = response.getDocument();
        Locale reader = reader(response);
        html.getElementsByTag("html").attr("lang", reader.getLanguage());
        String canonical = canonical(response);
        String path = canonical.replaceFirst("^https?://[^/]+", "");
        boolean document = PageAddress.of(path).filter(PageAddress::wellFormed).isPresent();
        Element head = html.head();
        head.getElementsByTag("title").remove();
        head.select("meta[name=description]").remove();
        if (document) {
            Element kept = described.get(reader.getLanguage() + " " + canonical, () -> headOf(canonical, path, reader));
            // jsoup's nodes are not made for threads: a kept description is copied by one at a time.
            synchronized (kept) {
                kept.clone().children().forEach(head::appendChild);
            }
        } else {
            headOf(canonical, path, reader).children().forEach(head::appendChild);
        }
    }

    /** The title, description, canonical link, Open Graph tags and JSON-LD, as children of a detached element. */
    private Element headOf(String canonical, String path, Locale reader) {
        Meta meta = metaFor(path, origin(canonical), reader)
                .orElse(new Meta(text(reader, "site.name"), text(reader, "site.description"), null, null));
        Element head = new Element("head");
        head.appendElement("title").text(meta.title());
        head.appendElement("meta").attr("name", "description").attr("content", meta.description());
        head.appendElement("link").attr("rel", "canonical").attr("href", canonical);
        property(head, "og:site_name", text(reader, "site.name"));
        property(head, "og:title", meta.title());
        property(head, "og:description", meta.description());
        property(head, "og:url", canonical);
        property(head, "og:locale", text(reader, "site.ogLocale"));
        property(head, "og:type", meta.jsonLd() == null ? "website" : "article");
        if (meta.image() != null) {
            property(head, "og:image", meta.image());
        }
        if (meta.jsonLd() != null) {
            head.appendElement("script").attr("type", "application/ld+json")
                    .appendChild(new org.jsoup.nodes.DataNode(safe(JSON.toJson(meta.jsonLd()))));
        }
        return head;
    }

    private record Meta(String title, String description, String image, Map<String, Object> jsonLd) {}

    /** The remembered language: {@code ?lang=}, then the cookie, then Vietnamese. */
    private static Locale reader(IndexHtmlResponse response) {
        return response.getVaadinRequest() instanceof com.vaadin.flow.server.VaadinServletRequest servlet
                ? SiteLanguage.of(servlet.getHttpServletRequest())
                : SiteLanguage.VIETNAMESE;
    }

    private Optional<Meta> metaFor(String path, String origin, Locale reader) {
        Optional<PageAddress> page = PageAddress.of(path).filter(PageAddress::wellFormed);
        if (page.isEmpty()) {
            String relative = path.replaceFirst("^/", "");
            return otherPages.orderedStream().map(pages -> pages.describe(relative, reader)).flatMap(Optional::stream).findFirst()
                    .map(summary -> new Meta(text(reader, "site.pageTitle", summary.title()), summary.description(), null, null));
        }
        String slug = page.get().slug();
        return switch (page.get().kind()) {
            case SPECIES -> ContentLanguage.species(species, slug, reader).map(detail -> speciesMeta(detail.value(), origin, reader));
            case REMEDY -> document(DocumentKind.REMEDY, slug, "CreativeWork", origin, reader);
            case STORY -> document(DocumentKind.STORY, slug, "Article", origin, reader);
            case KNOWLEDGE -> document(DocumentKind.KNOWLEDGE, slug, "CreativeWork", origin, reader);
        };
    }

    private Meta speciesMeta(SpeciesDetail detail, String origin, Locale reader) {
        var summary = detail.summary();
        String image = detail.imageKeys().stream().findFirst().map(key -> origin + "/media/" + key).orElse(null);
        Map<String, Object> taxon = new LinkedHashMap<>();
        taxon.put("@context", "https://schema.org");
        taxon.put("@type", "Taxon");
        taxon.put("@id", summary.iri());
        taxon.put("name", summary.scientificName());
        taxon.put("taxonRank", "species");
        taxon.put("alternateName", detail.names().stream().map(TaxonName::form).distinct().toList());
        taxon.put("description", summary.summary());
        taxon.put("url", origin + "/species/" + summary.slug());
        taxon.put("parentTaxon", Map.of("@type", "Taxon", "name", summary.family(), "taxonRank", "family"));
        if (image != null) {
            taxon.put("image", image);
        }
        return new Meta(text(reader, "site.pageTitle", summary.title() + " (" + summary.scientificName() + ")"), summary.summary(),
                image, taxon);
    }

    private Optional<Meta> document(DocumentKind kind, String slug, String type, String origin, Locale reader) {
        return ContentLanguage.document(documents, kind, slug, reader).map(localized -> {
            vn.laocai.museum.ontology.Document doc = localized.value();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("@context", "https://schema.org");
            json.put("@type", type);
            json.put("@id", doc.iri());
            json.put("name", doc.title());
            json.put("description", doc.summary());
            json.put("inLanguage", localized.language().getLanguage());
            json.put("url", origin + "/" + kind.page(slug));
            // A story or record is about its species; a remedy is about the species of its ingredients.
            List<Map<String, String>> about = java.util.stream.Stream.concat(doc.links(DocumentKind.SPECIES).stream(),
                            doc.ingredients().stream().map(vn.laocai.museum.ontology.Document.Ingredient::species))
                    .distinct()
                    .map(link -> Map.of("@type", "Taxon", "@id", DocumentKind.SPECIES.iri(link.slug()),
                            "name", link.title() == null ? link.slug() : link.title()))
                    .toList();
            if (!about.isEmpty()) {
                json.put("about", about);
            }
            return new Meta(text(reader, "site.pageTitle", doc.title()), doc.summary(), null, json);
        });
    }

    private static String text(Locale reader, String key, Object... params) {
        return MuseumTranslations.text(reader, key, params);
    }

    private static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }

    private static String canonical(IndexHtmlResponse response) {
        if (response.getVaadinRequest() instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            HttpServletRequest request = servlet.getHttpServletRequest();
            return request.getRequestURL().toString();
        }
        return "/";
    }

    private static String origin(String url) {
        Matcher origin = Pattern.compile("^(https?://[^/]+)").matcher(url);
        return origin.find() ? origin.group(1) : "";
    }

    /**
     * Curators' text must not end the script element ("</script>") or open an HTML comment in it:
     * every "<" becomes its JSON escape, which means the same to a JSON reader. A "<" can only
     * occur inside JSON strings.
     */
    private static String safe(String json) {
        return json.replace("<", "\\u003c");
    }
}
