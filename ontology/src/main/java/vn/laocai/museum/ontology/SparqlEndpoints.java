package vn.laocai.museum.ontology;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** The three service URLs of one remote dataset, worked out once from its URL and the settings. */
record SparqlEndpoints(URI dataset, URI query, URI update, URI graphStore) {

    SparqlEndpoints {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(graphStore, "graphStore");
    }

    static SparqlEndpoints resolve(URI datasetUrl, RemoteStoreSettings settings) {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        Objects.requireNonNull(settings, "settings");
        String scheme = datasetUrl.getScheme() == null ? "" : datasetUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || datasetUrl.getHost() == null) {
            throw new IllegalArgumentException("A remote graph store needs an http(s) dataset URL, not " + datasetUrl);
        }
        String base = datasetUrl.toString().replaceAll("/+$", "");
        return new SparqlEndpoints(URI.create(base), service(base, settings.queryService()),
                service(base, settings.updateService()), service(base, settings.graphStoreService()));
    }

    private static URI service(String base, String name) {
        URI given = URI.create(name);
        if (given.isAbsolute()) {
            return given;
        }
        String path = name.replaceAll("^/+", "");
        return URI.create(path.isEmpty() ? base : base + "/" + path);
    }
}
