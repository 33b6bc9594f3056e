package vn.laocai.museum.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/** The changes one write transaction makes; all of them land together or none does. */
public interface GraphWriter {

    void add(MuseumGraph graph, Model triples);

    /** Removes exactly these triples (those not in the graph are ignored), e.g. one link between two resources. */
    void remove(MuseumGraph graph, Model triples);

    /**
     * Removes every triple whose subject is {@code subject} or an IRI under {@code subject + "#"}
     * that the resource links to, directly or through other such fragments (every fragment the
     * museum mints is linked from its resource).
     */
    void removeResource(MuseumGraph graph, Resource subject);

    void clear(MuseumGraph graph);
}
