package vn.laocai.museum.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** Loads the SPARQL files under {@code queries/} once and keeps them parsed. */
final class Queries {

    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    private Queries() {}

    /** The parsed query in {@code queries/<name>.rq}; a copy, because Jena queries are mutable. */
    static Query named(String name) {
        return CACHE.computeIfAbsent(name, Queries::parse).cloneQuery();
    }

    private static Query parse(String name) {
        String path = "queries/" + name + ".rq";
        try (InputStream in = Queries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing query file " + path);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
