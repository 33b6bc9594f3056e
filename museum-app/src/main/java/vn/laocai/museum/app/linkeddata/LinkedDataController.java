package vn.laocai.museum.app.linkeddata;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import vn.laocai.museum.app.base.web.RdfFormats;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.laocai.museum.ontology.LinkedData;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * Dereferences the museum's IRIs ({@code /id/species/panax-notoginseng}): browsers are sent to the
 * page (303), RDF clients get the resource's description in the format they accept, or by suffix
 * ({@code .ttl .jsonld .rdf .nt}).
 */
@RestController
class LinkedDataController {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Map<String, String> PAGES = Map.of("species", "/species/", "place", "/places/", "mark", "/marks/",
            "ocop", "/marks/", "list", "/conservation/", "instrument", "/instruments/");

    private final LinkedData linkedData;

    LinkedDataController(LinkedData linkedData) {
        this.linkedData = linkedData;
    }

    @GetMapping("/id/{type}/{name:.+}")
    ResponseEntity<byte[]> dereference(@PathVariable String type, @PathVariable String name,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String local = name;
        Lang bySuffix = null;
        int dot = name.lastIndexOf('.');
        if (dot > 0 && RdfFormats.SUFFIXES.containsKey(name.substring(dot + 1))) {
            bySuffix = RdfFormats.SUFFIXES.get(name.substring(dot + 1));
            local = name.substring(0, dot);
        }
        if (!NAME.matcher(type).matches() || !NAME.matcher(local).matches()) {
            return notFound();
        }
        Optional<Model> description = linkedData.describe(MuseumVocab.ID + type + "/" + local);
        if (description.isEmpty()) {
            return notFound();
        }
        Lang lang = bySuffix != null ? bySuffix : negotiate(accept, type);
        if (lang == null) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(PAGES.get(type) + local))
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(RdfFormats.contentType(lang))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(RdfFormats.write(description.get(), lang));
    }

    /** The RDF format the client prefers, or null to send a browser to the HTML page. */
    private static Lang negotiate(String accept, String type) {
        List<MediaType> accepted = accept == null || accept.isBlank() ? List.of(MediaType.ALL) : RdfFormats.byPreference(accept);
        boolean hasPage = PAGES.containsKey(type);
        for (MediaType wanted : accepted) {
            if (wanted.getQualityValue() == 0) {
                continue;
            }
            if (hasPage && (wanted.isCompatibleWith(MediaType.TEXT_HTML) && !wanted.isWildcardType()
                    || wanted.isCompatibleWith(MediaType.APPLICATION_XHTML_XML) && !wanted.isWildcardType())) {
                return null;
            }
            for (Lang lang : RdfFormats.NEGOTIABLE) {
                if (wanted.includes(RdfFormats.mediaTypeOf(lang))) {
                    return lang;
                }
            }
        }
        return RDFLanguages.TURTLE;
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("No such resource in the museum's public data.\n".getBytes(StandardCharsets.UTF_8));
    }
}
