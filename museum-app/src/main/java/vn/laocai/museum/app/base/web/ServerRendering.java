package vn.laocai.museum.app.base.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import vn.laocai.museum.app.base.ui.LanguageNames;
import vn.laocai.museum.app.base.ui.MedicalDisclaimer;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesDetail;
import vn.laocai.museum.ontology.TaxonName;

/**
 * Puts a readable rendering of the page's main content into its first HTML ({@code <main
 * id="museum-ssr">}): what crawlers, chat-app previews and a phone on a slow line see before any
 * script runs. A style rule hides it the moment the live view's layout is in the page, so the
 * live view takes over in place.
 */
@Component
class ServerRendering implements VaadinServiceInitListener {

    static final String ID = "museum-ssr";
    /** Hidden as soon as Vaadin's layout element exists; the live view then shows the same content. */
    private static final String STYLE = "body:has(vaadin-app-layout) #" + ID + "{display:none}"
            + "#" + ID + "{max-width:48rem;margin:0 auto;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}";

    private final SpeciesCatalog species;
    private final DocumentCatalog documents;
    private final MarkdownRenderer markdown;

    ServerRendering(SpeciesCatalog species, DocumentCatalog documents, MarkdownRenderer markdown) {
        this.species = species;
        this.documents = documents;
        this.markdown = markdown;
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
        Element main = new Element("main").attr("id", ID).attr("lang", "vi");
        Optional<PageAddress> page = PageAddress.of(path).filter(PageAddress::wellFormed);
        boolean rendered = page.isPresent() ? renderDocument(page.get(), main) : renderHome(path, main);
        if (rendered) {
            response.getDocument().head().appendElement("style").appendText(STYLE);
            response.getDocument().body().prependChild(main);
        }
    }

    private boolean renderHome(String path, Element main) {
        if (!path.isEmpty() && !path.equals("/")) {
            return false;
        }
        main.appendElement("h1").text("Bảo tàng Dược liệu số Lào Cai");
        main.appendElement("p").text("Cây thuốc của vùng núi Lào Cai: tên gọi của từng dân tộc, nơi trồng, cách dùng "
                + "theo kinh nghiệm truyền thống và những điều cần thận trọng.");
        main.appendElement("h2").text("Các loài cây thuốc");
        Element list = main.appendElement("ul");
        species.list("vi").forEach(summary -> list.appendElement("li").appendElement("a")
                .attr("href", "/" + DocumentKind.SPECIES.page(summary.slug()))
                .text(summary.title() + " (" + summary.scientificName() + ")"));
        return true;
    }

    private boolean renderDocument(PageAddress page, Element main) {
        if (page.kind() == DocumentKind.SPECIES) {
            return species.find(page.slug(), "vi").map(detail -> renderSpecies(detail, main)).orElse(false);
        }
        return documents.find(page.kind(), page.slug(), "vi").map(document -> renderDocument(document, main)).orElse(false);
    }

    private boolean renderSpecies(SpeciesDetail detail, Element main) {
        var summary = detail.summary();
        main.appendElement("h1").text(summary.title());
        main.appendElement("p").appendElement("i").attr("lang", "la")
                .text((summary.scientificName() + " " + detail.authorship()).strip());
        main.appendElement("p").text("Họ: " + summary.family());
        main.appendElement("p").text(summary.summary());
        main.appendElement("h2").text("Tên gọi");
        Element names = main.appendElement("ul");
        for (TaxonName name : detail.names()) {
            Element item = names.appendElement("li");
            item.appendText(LanguageNames.vietnamese(name.language()) + ": ");
            item.appendElement("span").attr("lang", name.language()).text(name.form());
        }
        narrative(detail.narrativeMarkdown(), main);
        return true;
    }

    private boolean renderDocument(Document document, Element main) {
        main.appendElement("h1").text(document.title());
        main.appendElement("p").text(document.summary());
        if (document.kind() == DocumentKind.REMEDY) {
            main.appendElement("p").appendElement("strong").text(MedicalDisclaimer.TEXT);
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
