package vn.laocai.museum.app.sparql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A link that fetches the same query from the endpoint in one format: {@code /sparql?format=csv&query=…}.
 *
 * @param label    the format's name, e.g. {@code CSV}
 * @param href     the endpoint URL
 * @param fileName the suggested file name, e.g. {@code ket-qua.csv}
 */
record SparqlDownload(String label, String href, String fileName) {

    SparqlDownload {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(fileName, "fileName");
    }

    /** Every format the endpoint writes for this kind of result: rows (SELECT, ASK) or a graph. */
    static List<SparqlDownload> all(String query, boolean rows) {
        Objects.requireNonNull(query, "query");
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        return Arrays.stream(SparqlFormat.values())
                .filter(format -> format.forRows() == rows)
                .map(format -> new SparqlDownload(format.label(),
                        "/sparql?format=" + format.shortName() + "&query=" + encoded,
                        "ket-qua." + format.shortName()))
                .toList();
    }
}
