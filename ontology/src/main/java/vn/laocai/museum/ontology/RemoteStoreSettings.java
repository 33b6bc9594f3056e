package vn.laocai.museum.ontology;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach a remote SPARQL store: where its query, update and Graph Store Protocol services
 * are (relative to the dataset URL, or absolute), how long to wait, and how to sign in.
 * {@link #defaults()} fits Apache Jena Fuseki ({@code /sparql}, {@code /update}, {@code /data}).
 *
 * <pre>{@code
 * RemoteStoreSettings settings = RemoteStoreSettings.defaults().withCredentials("museum", password);
 * }</pre>
 *
 * @param username HTTP basic user, or {@code null} for none (then {@code password} is null too)
 */
public record RemoteStoreSettings(String queryService, String updateService, String graphStoreService,
                                  Duration connectTimeout, Duration requestTimeout,
                                  String username, String password) {

    public RemoteStoreSettings {
        Objects.requireNonNull(queryService, "queryService");
        Objects.requireNonNull(updateService, "updateService");
        Objects.requireNonNull(graphStoreService, "graphStoreService");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("Give both a username and a password, or neither");
        }
    }

    /** Fuseki's service names; a dead store is noticed within 3 s, a hung one within 30 s. */
    public static RemoteStoreSettings defaults() {
        return new RemoteStoreSettings("sparql", "update", "data", Duration.ofSeconds(3), Duration.ofSeconds(30),
                null, null);
    }

    public RemoteStoreSettings withServices(String query, String update, String graphStore) {
        return new RemoteStoreSettings(query, update, graphStore, connectTimeout, requestTimeout, username, password);
    }

    public RemoteStoreSettings withTimeouts(Duration connect, Duration request) {
        return new RemoteStoreSettings(queryService, updateService, graphStoreService, connect, request,
                username, password);
    }

    public RemoteStoreSettings withCredentials(String user, String secret) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(secret, "secret");
        return new RemoteStoreSettings(queryService, updateService, graphStoreService, connectTimeout,
                requestTimeout, user, secret);
    }

    public boolean hasCredentials() {
        return username != null;
    }

    @Override
    public String toString() {
        // Never print the password.
        return "RemoteStoreSettings[query=" + queryService + ", update=" + updateService + ", gsp=" + graphStoreService
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + (hasCredentials() ? ", user=" + username : "") + "]";
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
