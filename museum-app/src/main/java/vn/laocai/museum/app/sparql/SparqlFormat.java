package vn.laocai.museum.app.sparql;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import vn.laocai.museum.app.base.web.RdfFormats;
import org.springframework.http.MediaType;

/** The result formats of the endpoint, and how a request picks one (format parameter, else Accept with q-values). */
enum SparqlFormat {
    JSON("JSON", "json", "application/sparql-results+json", ResultSetLang.RS_JSON, true),
    XML("XML", "xml", "application/sparql-results+xml", ResultSetLang.RS_XML, true),
    CSV("CSV", "csv", "text/csv", ResultSetLang.RS_CSV, true),
    TSV("TSV", "tsv", "text/tab-separated-values", ResultSetLang.RS_TSV, true),
    TURTLE("Turtle", "ttl", "text/turtle", RDFLanguages.TURTLE, false),
    JSON_LD("JSON-LD", "jsonld", "application/ld+json", RDFLanguages.JSONLD, false),
    RDF_XML("RDF/XML", "rdf", "application/rdf+xml", RDFLanguages.RDFXML, false),
    N_TRIPLES("N-Triples", "nt", "application/n-triples", RDFLanguages.NTRIPLES, false);

    private final String label;

    private final String shortName;
    private final MediaType mediaType;
    private final Lang lang;
    private final boolean forRows;

    SparqlFormat(String label, String shortName, String mediaType, Lang lang, boolean forRows) {
        this.label = label;
        this.shortName = shortName;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.lang = lang;
        this.forRows = forRows;
    }

    /** What people call the format ("RDF/XML"). */
    String label() {
        return label;
    }

    /** The value of the {@code format} parameter, also a fitting file extension. */
    String shortName() {
        return shortName;
    }

    /** True for SELECT/ASK results, false for graphs. */
    boolean forRows() {
        return forRows;
    }

    MediaType mediaType() {
        return mediaType;
    }

    Lang lang() {
        return lang;
    }

    /**
     * The format for a result of rows/booleans ({@code rows} true) or of a graph, or empty when the
     * client accepts none of ours (406).
     */
    static Optional<SparqlFormat> choose(boolean rows, String formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            String wanted = formatParameter.strip().toLowerCase(Locale.ROOT);
            for (SparqlFormat format : values()) {
                if (format.forRows == rows && (format.shortName.equals(wanted) || format.mediaType.toString().equals(wanted)
                        || alias(format, wanted))) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(rows ? JSON : TURTLE);
        }
        for (MediaType wanted : RdfFormats.byPreference(accept)) {
            if (wanted.getQualityValue() == 0) {
                continue;
            }
            for (SparqlFormat format : values()) {
                if (format.forRows == rows && wanted.includes(format.mediaType)) {
                    return Optional.of(format);
                }
            }
            if (rows && wanted.includes(MediaType.APPLICATION_JSON)) {
                return Optional.of(JSON);
            }
        }
        return Optional.empty();
    }

    private static boolean alias(SparqlFormat format, String wanted) {
        return switch (format) {
            case TURTLE -> wanted.equals("turtle");
            case N_TRIPLES -> wanted.equals("ntriples") || wanted.equals("n-triples");
            case RDF_XML -> wanted.equals("rdfxml") || wanted.equals("rdf/xml");
            case JSON_LD -> wanted.equals("json-ld");
            default -> false;
        };
    }
}
