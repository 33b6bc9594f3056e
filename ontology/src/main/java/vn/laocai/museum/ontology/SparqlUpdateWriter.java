package vn.laocai.museum.ontology;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.update.UpdateRequest;

/**
 * Collects the changes of one {@link GraphStore#write} as the operations of a single SPARQL Update
 * request, built from the update algebra (no SPARQL text is pasted together). The store runs one
 * request in one transaction, so the changes land together or not at all.
 */
final class SparqlUpdateWriter implements GraphWriter {

    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");

    private final UpdateRequest request = new UpdateRequest();
    private boolean sealed;

    /** {@code INSERT DATA { GRAPH <g> { ... } }} */
    @Override
    public void add(MuseumGraph graph, Model triples) {
        QuadDataAcc data = quads(graph, triples);
        if (!data.getQuads().isEmpty()) {
            request.add(new UpdateDataInsert(data));
        }
    }

    /** {@code DELETE DATA { GRAPH <g> { ... } }} */
    @Override
    public void remove(MuseumGraph graph, Model triples) {
        QuadDataAcc data = quads(graph, triples);
        if (!data.getQuads().isEmpty()) {
            request.add(new UpdateDataDelete(data));
        }
    }

    /**
     * {@code DELETE { GRAPH <g> { ?s ?p ?o } } WHERE { GRAPH <g> { ?s ?p ?o FILTER(?s = <x> || STRSTARTS(STR(?s), "x#")) } }}.
     * The short form DELETE WHERE takes no FILTER, hence the long one.
     */
    @Override
    public void removeResource(MuseumGraph graph, Resource subject) {
        Objects.requireNonNull(subject, "subject");
        Node g = graphNode(graph);
        Node iri = SparqlNodes.iri(subject.asNode());
        Expr itself = new E_Equals(new ExprVar(S), NodeValue.makeNode(iri));
        Expr fragment = new E_StrStartsWith(new E_Str(new ExprVar(S)), NodeValue.makeString(iri.getURI() + "#"));
        ElementGroup match = new ElementGroup();
        match.addTriplePattern(Triple.create(S, P, O));
        match.addElement(new ElementFilter(new E_LogicalOr(itself, fragment)));
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementNamedGraph(g, match));

        UpdateModify delete = new UpdateModify();
        delete.getDeleteAcc().addQuad(Quad.create(g, S, P, O));
        delete.setHasDeleteClause(true);
        delete.setElement(where);
        request.add(delete);
    }

    /** {@code CLEAR SILENT GRAPH <g>}: silent, because a graph that was never written does not exist yet. */
    @Override
    public void clear(MuseumGraph graph) {
        request.add(new UpdateClear(graphNode(graph), true));
    }

    private QuadDataAcc quads(MuseumGraph graph, Model triples) {
        Objects.requireNonNull(triples, "triples");
        Node g = graphNode(graph);
        QuadDataAcc data = new QuadDataAcc();
        triples.getGraph().find().forEachRemaining(t -> data.addQuad(Quad.create(g,
                SparqlNodes.data(t.getSubject()), SparqlNodes.data(t.getPredicate()), SparqlNodes.data(t.getObject()))));
        return data;
    }

    /** The collected request; the writer takes no more changes after this. */
    UpdateRequest seal() {
        sealed = true;
        return request;
    }

    private Node graphNode(MuseumGraph graph) {
        Objects.requireNonNull(graph, "graph");
        if (sealed) {
            // A writer kept past the end of its write() would change nothing, silently.
            throw new IllegalStateException("This write has ended; make changes inside the write(...) callback");
        }
        return NodeFactory.createURI(graph.iri());
    }
}
