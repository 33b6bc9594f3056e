package vn.laocai.museum.app.base.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.springframework.http.MediaType;

/** The RDF formats the museum serves, and how a request's Accept header ranks media types. */
public final class RdfFormats {

    /** File suffixes that choose a format ({@code /id/species/x.ttl}, {@code /ns.jsonld}). */
    public static final Map<String, Lang> SUFFIXES = Map.of(
            "ttl", RDFLanguages.TURTLE, "jsonld", RDFLanguages.JSONLD, "rdf", RDFLanguages.RDFXML, "nt", RDFLanguages.NTRIPLES);

    /** The formats a client can ask for by Accept, Turtle first. */
    public static final List<Lang> NEGOTIABLE = List.of(
            RDFLanguages.TURTLE, RDFLanguages.JSONLD, RDFLanguages.RDFXML, RDFLanguages.NTRIPLES);

    private RdfFormats() {}

    /** The media types of an Accept header, highest q first; among equals, a concrete type before a wildcard. */
    public static List<MediaType> byPreference(String accept) {
        List<MediaType> accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                .thenComparing(MediaType::isWildcardType)
                .thenComparing(MediaType::isWildcardSubtype));
        return accepted;
    }

    /** The media type of a format, without charset. */
    public static MediaType mediaTypeOf(Lang lang) {
        return MediaType.parseMediaType(lang.getContentType().getContentTypeStr());
    }

    /** The Content-Type to answer with: the format's media type in UTF-8. */
    public static MediaType contentType(Lang lang) {
        return new MediaType(mediaTypeOf(lang), StandardCharsets.UTF_8);
    }

    /** The model written in the format. */
    public static byte[] write(Model model, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, lang);
        return out.toByteArray();
    }
}
