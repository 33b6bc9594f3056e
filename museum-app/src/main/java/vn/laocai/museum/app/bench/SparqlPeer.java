package vn.laocai.museum.app.bench;

import java.net.URI;

/**
 * A SPARQL endpoint under test.
 *
 * @param label      how the table names it
 * @param endpoint   the SPARQL 1.1 Protocol query URL
 * @param namedGraph the graph its queries name in {@code FROM}; null when the public graph is its default
 */
record SparqlPeer(String label, URI endpoint, String namedGraph) {}
