package vn.laocai.museum.app.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import vn.laocai.museum.app.base.web.RdfFormats;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Vocabulary;

/**
 * The museum's vocabulary at its namespace IRI ({@code /ns}): a readable page of its classes and
 * properties for browsers, the Turtle (or JSON-LD, RDF/XML, N-Triples) for RDF clients.
 */
@RestController
class VocabularyController {

    private final Model vocabulary = Vocabulary.model();

    @GetMapping("/ns")
    ResponseEntity<byte[]> namespace(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String wanted = accept == null ? "" : accept;
        for (Lang lang : RdfFormats.NEGOTIABLE) {
            String type = lang.getContentType().getContentTypeStr();
            if (wanted.contains(type) && !prefersHtml(wanted)) {
                return rdf(lang);
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(html().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/ns.{suffix}")
    ResponseEntity<byte[]> namespaceFile(@PathVariable String suffix) {
        Lang lang = RdfFormats.SUFFIXES.get(suffix);
        return lang == null ? ResponseEntity.notFound().build() : rdf(lang);
    }

    private static boolean prefersHtml(String accept) {
        int html = accept.indexOf("text/html");
        return html >= 0 && !accept.substring(html).startsWith("text/html;q=0");
    }

    private ResponseEntity<byte[]> rdf(Lang lang) {
        return ResponseEntity.ok()
                .contentType(RdfFormats.contentType(lang))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(RdfFormats.write(vocabulary, lang));
    }

    private String html() {
        StringBuilder page = new StringBuilder("""
                <!doctype html><html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Từ vựng của Bảo tàng Dược liệu số Lào Cai — herb:</title>
                <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
                code{background:#f3f3f3;padding:0 .2em}dt{margin-top:1em;font-weight:600}dd{margin-left:1.5em}</style>
                </head><body>
                <h1>Từ vựng <code>herb:</code> — The museum's vocabulary</h1>
                """);
        page.append("<p>Namespace: <code>").append(MuseumVocab.HERB).append("</code> · ")
                .append("<a href=\"/ns.ttl\">Turtle</a> · <a href=\"/ns.jsonld\">JSON-LD</a> · <a href=\"/ns.rdf\">RDF/XML</a> · ")
                .append("<a href=\"/ns.nt\">N-Triples</a></p>");
        section(page, "Lớp (classes)", OWL.Class);
        section(page, "Thuộc tính (object properties)", OWL.ObjectProperty);
        section(page, "Thuộc tính (datatype properties)", OWL.DatatypeProperty);
        return page.append("</body></html>").toString();
    }

    private void section(StringBuilder page, String heading, Resource type) {
        List<Resource> terms = vocabulary.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(term -> term.isURIResource() && term.getURI().startsWith(MuseumVocab.HERB))
                .sorted(Comparator.comparing(Resource::getLocalName))
                .toList();
        if (terms.isEmpty()) {
            return;
        }
        page.append("<h2>").append(heading).append("</h2><dl>");
        for (Resource term : terms) {
            page.append("<dt id=\"").append(escape(term.getLocalName())).append("\"><code>herb:")
                    .append(escape(term.getLocalName())).append("</code> — ").append(escape(text(term, RDFS.label, "vi")))
                    .append(" / ").append(escape(text(term, RDFS.label, "en"))).append("</dt>");
            page.append("<dd lang=\"vi\">").append(escape(text(term, RDFS.comment, "vi"))).append("</dd>");
            page.append("<dd lang=\"en\">").append(escape(text(term, RDFS.comment, "en"))).append("</dd>");
        }
        page.append("</dl>");
    }

    private static String text(Resource term, org.apache.jena.rdf.model.Property property, String language) {
        return term.listProperties(property).toList().stream()
                .filter(statement -> statement.getObject().isLiteral()
                        && language.equals(statement.getObject().asLiteral().getLanguage()))
                .map(statement -> statement.getObject().asLiteral().getLexicalForm())
                .findFirst().orElse("");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
