package vn.laocai.museum.app.base.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.SpeciesCatalog;

/**
 * {@code /robots.txt} and {@code /sitemap.xml} for crawlers: real text and XML (not the app
 * shell), listing every public page — species, remedies, stories and public knowledge records,
 * read from the public graph, so restricted records never appear.
 */
@RestController
class SitemapController {

    /** Pages that are not documents. */
    private static final List<String> FIXED_PAGES = List.of("", "search", "models", "sparql-editor");

    private final SpeciesCatalog species;
    private final DocumentCatalog documents;
    private final ObjectProvider<PublicPages> otherPages;

    SitemapController(SpeciesCatalog species, DocumentCatalog documents, ObjectProvider<PublicPages> otherPages) {
        this.species = species;
        this.documents = documents;
        this.otherPages = otherPages;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Allow: /
                Disallow: /api/
                Disallow: /sparql
                Sitemap: %s/sitemap.xml
                """.formatted(site());
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(body);
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        String site = site();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        for (String path : pages()) {
            xml.append("  <url><loc>").append(escape(site + "/" + path)).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(xml.toString());
    }

    /** Every public page's path, without the leading slash. */
    List<String> pages() {
        List<String> pages = new ArrayList<>(FIXED_PAGES);
        species.list("vi").forEach(summary -> pages.add(DocumentKind.SPECIES.page(summary.slug())));
        for (DocumentKind kind : List.of(DocumentKind.REMEDY, DocumentKind.STORY, DocumentKind.KNOWLEDGE)) {
            documents.list(kind, "vi").forEach(link -> pages.add(kind.page(link.slug())));
        }
        otherPages.orderedStream().forEach(other -> pages.addAll(other.paths()));
        return pages;
    }

    private static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
