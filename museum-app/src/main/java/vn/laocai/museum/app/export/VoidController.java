package vn.laocai.museum.app.export;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import vn.laocai.museum.app.base.web.RdfFormats;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.laocai.museum.export.DatasetDescription;
import vn.laocai.museum.export.DumpCache;

/**
 * The dataset description at {@code /.well-known/void} (VoID and DCAT): Turtle, or JSON-LD when
 * the client's Accept prefers it.
 */
@RestController
class VoidController {

    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final DatasetDescription description;
    private final DumpCache dumps;

    VoidController(DatasetDescription description, DumpCache dumps) {
        this.description = description;
        this.dumps = dumps;
    }

    @GetMapping("/.well-known/void")
    ResponseEntity<byte[]> describe(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        // The dumps are brought up to date first, so their sizes and the triple count are known and agree.
        Model model = description.describe(baseUrl, dumps.current());
        Lang lang = prefersJsonLd(accept) ? RDFLanguages.JSONLD : RDFLanguages.TURTLE;
        return ResponseEntity.ok()
                .contentType(RdfFormats.contentType(lang))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(RdfFormats.write(model, lang));
    }

    /** True when JSON-LD (or plain JSON) is acceptable and ranks above Turtle. */
    private static boolean prefersJsonLd(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        for (MediaType wanted : RdfFormats.byPreference(accept)) {
            if (wanted.getQualityValue() == 0 || wanted.isWildcardType()) {
                continue;
            }
            if (wanted.includes(JSON_LD) || wanted.includes(MediaType.APPLICATION_JSON)) {
                return true;
            }
            if (wanted.includes(MediaType.parseMediaType("text/turtle"))) {
                return false;
            }
        }
        return false;
    }
}
