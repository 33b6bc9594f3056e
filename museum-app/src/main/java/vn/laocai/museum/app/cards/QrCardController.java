package vn.laocai.museum.app.cards;

import java.time.Duration;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.laocai.museum.app.base.web.PageAddress;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.SpeciesCatalog;

/**
 * Printable QR cards for the labels in the museum garden: {@code /cards/species/<slug>} is a page
 * sized for an A6 card with the herb's name and a QR code that opens its page; the code alone is
 * {@code /qr/<section>/<slug>.svg} or {@code .png}. Only public species, remedies, stories and
 * knowledge records have cards; anything else is 404.
 */
@RestController
class QrCardController {

    private static final String SITE = "Bảo tàng Dược liệu số Lào Cai";
    private static final String PRINT_STYLE = """
            @page { size: A6; margin: 8mm; }
            body { font-family: system-ui, sans-serif; margin: 0; color: #000; }
            .card { display: flex; flex-direction: column; align-items: center; text-align: center; gap: 2mm; }
            .card h1 { font-size: 18pt; margin: 0; }
            .card .latin { font-style: italic; font-size: 12pt; margin: 0; }
            .card svg { width: 60mm; height: 60mm; }
            .card .url { font-size: 8pt; word-break: break-all; }
            .card .site { font-size: 9pt; }
            @media screen { body { padding: 2rem; } .card { max-width: 105mm; margin: auto; border: 1px dashed #999; padding: 8mm; } }
            """;

    private final SpeciesCatalog species;
    private final DocumentCatalog documents;

    QrCardController(SpeciesCatalog species, DocumentCatalog documents) {
        this.species = species;
        this.documents = documents;
    }

    @GetMapping(value = "/cards/{section}/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> card(@PathVariable String section, @PathVariable String slug) {
        return subject(section, slug).map(subject -> {
            String url = pageUrl(subject.page());
            Document html = Document.createShell("");
            html.getElementsByTag("html").attr("lang", "vi");
            html.head().appendElement("meta").attr("charset", "utf-8");
            html.head().appendElement("title").text(subject.title() + " — " + SITE);
            html.head().appendElement("style").appendText(PRINT_STYLE);
            Element card = html.body().appendElement("main").addClass("card");
            card.appendElement("h1").text(subject.title());
            if (!subject.latin().isEmpty()) {
                card.appendElement("p").addClass("latin").attr("lang", "la").text(subject.latin());
            }
            card.append(QrCode.of(url).svg()).select("svg").attr("aria-label", "QR: " + url);
            card.appendElement("p").addClass("url").text(url);
            card.appendElement("p").addClass("site").text(SITE);
            return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(html.outerHtml());
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("No public page " + section + "/" + slug + "\n"));
    }

    @GetMapping("/qr/{section}/{slug}.svg")
    ResponseEntity<String> svg(@PathVariable String section, @PathVariable String slug) {
        return subject(section, slug)
                .map(subject -> ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                        .body(QrCode.of(pageUrl(subject.page())).svg()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/qr/{section}/{slug}.png")
    ResponseEntity<byte[]> png(@PathVariable String section, @PathVariable String slug) {
        return subject(section, slug)
                .map(subject -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                        .body(QrCode.of(pageUrl(subject.page())).png(8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** What a card shows: the page it opens, its title and (for species) the Latin name. */
    private record Subject(String page, String title, String latin) {}

    private Optional<Subject> subject(String section, String slug) {
        Optional<PageAddress> address = PageAddress.of("/" + section + "/" + slug).filter(PageAddress::wellFormed);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        DocumentKind kind = address.get().kind();
        if (kind == DocumentKind.SPECIES) {
            return species.find(slug, "vi").map(detail -> new Subject(kind.page(slug), detail.summary().title(),
                    detail.summary().scientificName()));
        }
        return documents.find(kind, slug, "vi").map(document -> new Subject(kind.page(slug), document.title(), ""));
    }

    private static String pageUrl(String page) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/" + page).build().toUriString();
    }
}
