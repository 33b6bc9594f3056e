package vn.laocai.museum.sparql;

import org.apache.jena.query.QueryExecution;

/**
 * Lets another thread stop a running query, e.g. when the client that asked for it disconnects.
 * A cancel that comes before the query starts stops it as soon as it does.
 *
 * <pre>{@code
 * QueryCancellation cancellation = new QueryCancellation();
 * onClientGone(cancellation::cancel);
 * sparql.run(text, List.of(), cancellation);   // throws SparqlException CANCELLED once cancelled
 * }</pre>
 */
public final class QueryCancellation {

    private QueryExecution running;
    private boolean cancelled;

    /** Stops the query now, or as soon as it starts. */
    public synchronized void cancel() {
        cancelled = true;
        if (running != null) {
            running.abort();
        }
    }

    public synchronized boolean cancelled() {
        return cancelled;
    }

    synchronized void attach(QueryExecution execution) {
        running = execution;
        if (cancelled) {
            execution.abort();
        }
    }

    synchronized void detach() {
        running = null;
    }
}
