package vn.laocai.museum.content;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.IriBase;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * Moves every resource of the store to the configured IRI base ({@link MuseumVocab#ID}) when the
 * graph was minted under another one: each IRI under the old base is rewritten, in every named
 * graph, in one transaction, so media, remedies and everything linked keep their links. The base
 * in use is recorded as the {@code void:uriSpace} of {@code state}.
 */
final class IriRebase {

    private static final Logger log = LoggerFactory.getLogger(IriRebase.class);
    static final Property URI_SPACE = ResourceFactory.createProperty("http://rdfs.org/ns/void#uriSpace");
    private static final Query EVERYTHING = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");

    private final GraphStore store;
    private final Resource state;

    IriRebase(GraphStore store, String stateIri) {
        this.store = Objects.requireNonNull(store, "store");
        this.state = ResourceFactory.createResource(stateIri);
    }

    /** The base the graph was minted under; the default for graphs loaded before it was recorded. */
    String storedBase() {
        var query = QueryFactory.create("SELECT ?base WHERE { ?state <" + URI_SPACE.getURI() + "> ?base }");
        return store.select(MuseumGraph.AUDIT, query, Map.of("state", state)).stream()
                .map(row -> row.getLiteral("base").getLexicalForm())
                .findFirst()
                .orElse(IriBase.DEFAULT);
    }

    /** Rewrites the graph to the configured base if it was minted under another; true if it did. */
    boolean moveToConfiguredBase() {
        String from = storedBase();
        String to = MuseumVocab.ID;
        if (from.equals(to) || store.size(MuseumGraph.AUDIT) == 0) {
            return false;
        }
        long started = System.nanoTime();
        store.write(writer -> {
            for (MuseumGraph graph : MuseumGraph.values()) {
                Model moved = rewritten(store.construct(graph, EVERYTHING, Map.of()), from, to);
                writer.clear(graph);
                writer.add(graph, moved);
            }
            writer.removeResource(MuseumGraph.AUDIT, state);
            Model record = ModelFactory.createDefaultModel();
            record.add(state, URI_SPACE, to);
            writer.add(MuseumGraph.AUDIT, record);
        });
        log.info("Moved the graph from IRI base {} to {} in {} ms", from, to, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Records the configured base; part of every load's state. */
    void record(Model loadState) {
        loadState.add(state, URI_SPACE, MuseumVocab.ID);
    }

    private static Model rewritten(Model model, String from, String to) {
        Model moved = ModelFactory.createDefaultModel();
        model.getGraph().find().forEachRemaining(triple -> moved.getGraph().add(Triple.create(
                move(triple.getSubject(), from, to), triple.getPredicate(), move(triple.getObject(), from, to))));
        return moved;
    }

    private static Node move(Node node, String from, String to) {
        return node.isURI() && node.getURI().startsWith(from) ? NodeFactory.createURI(to + node.getURI().substring(from.length())) : node;
    }
}
