package vn.laocai.museum.ontology;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/** Says in a few words why an HTTP exchange with a remote store failed, for logs and health checks. */
final class HttpFailures {

    private HttpFailures() {}

    /** E.g. "connection refused", "HTTP 401", "unknown host fuseki.example". */
    static String reason(Throwable failure) {
        // Jena wraps the JDK's exception once or twice, and the JDK reports an unknown host as a
        // ConnectException caused by an UnresolvedAddressException: look at the whole chain.
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
        }
        for (Throwable t : chain) {
            switch (t) {
                case HttpConnectTimeoutException e -> {
                    return "no connection within the connect timeout";
                }
                case HttpTimeoutException e -> {
                    return "no answer within the request timeout";
                }
                case ConnectException e -> {
                    return "connection refused";
                }
                case QueryExceptionHTTP e when e.getStatusCode() > 0 -> {
                    return "HTTP " + e.getStatusCode();
                }
                case HttpException e when e.getStatusCode() > 0 -> {
                    return "HTTP " + e.getStatusCode();
                }
                default -> { }
            }
        }
        Throwable root = chain.getLast();
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
