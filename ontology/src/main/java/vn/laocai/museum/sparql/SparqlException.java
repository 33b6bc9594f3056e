package vn.laocai.museum.sparql;

/** A query that could not be answered, and why: the kind decides the HTTP status. */
public final class SparqlException extends RuntimeException {

    /** Why the query was not answered. */
    public enum Kind {
        /** The text is not a SPARQL query (400, with the parser's message). */
        SYNTAX,
        /** An update or another operation the public endpoint does not do (400 / 405). */
        FORBIDDEN,
        /** The query ran past the time limit and was stopped (503). */
        TIMEOUT,
        /** The query was cancelled by its caller, e.g. because the client disconnected; nobody awaits an answer. */
        CANCELLED
    }

    private final Kind kind;

    public SparqlException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
