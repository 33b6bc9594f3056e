package vn.laocai.museum.ontology;

/**
 * The graph store could not do what was asked: unreachable, refused the request, or failed midway.
 * The message names the store and the reason.
 *
 * <pre>{@code
 * try { store.write(changes); } catch (GraphStoreException e) { log.warn("Not saved: {}", e.getMessage()); }
 * }</pre>
 */
public final class GraphStoreException extends RuntimeException {

    public GraphStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
