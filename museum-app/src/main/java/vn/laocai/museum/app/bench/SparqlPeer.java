package vn.laocai.museum.app.bench;

import java.net.URI;

/**
 * A SPARQL endpoint under test.
 *
 * @param label    how the logs name it
 * @param endpoint the SPARQL 1.1 Protocol query URL
 * @param clause   how its queries name the public graph
 */
record SparqlPeer(String label, URI endpoint, QueryMix.GraphClause clause) {

    /** The same endpoint, asked to name the public graph another way. */
    SparqlPeer naming(QueryMix.GraphClause other, String otherLabel) {
        return new SparqlPeer(otherLabel, endpoint, other);
    }
}
