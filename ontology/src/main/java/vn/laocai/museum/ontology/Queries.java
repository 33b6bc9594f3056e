package vn.laocai.museum.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * Loads SPARQL files ({@code queries/<name>.rq} beside a class) once and keeps them parsed.
 *
 * <pre>{@code
 * Query query = Queries.load(MyExporter.class, "dwc-taxa");   // queries/dwc-taxa.rq in MyExporter's package
 * }</pre>
 */
public final class Queries {

    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    private Queries() {}

    /** The parsed query in this package's {@code queries/<name>.rq}. */
    static Query named(String name) {
        return load(Queries.class, name);
    }

    /**
     * The parsed query in {@code queries/<name>.rq} of {@code anchor}'s package; a copy, because
     * Jena queries are mutable.
     */
    public static Query load(Class<?> anchor, String name) {
        String key = anchor.getPackageName() + "/" + name;
        return CACHE.computeIfAbsent(key, unused -> parse(anchor, name)).cloneQuery();
    }

    private static Query parse(Class<?> anchor, String name) {
        String path = "queries/" + name + ".rq";
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing query file " + path);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
