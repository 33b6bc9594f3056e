package vn.laocai.museum.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.langtag.LangTags;

/**
 * Checks the RDF terms that go into SPARQL text sent to a remote store. Jena writes IRIs, datatype
 * IRIs and language tags as they are, unescaped, so a term like {@code <x> } ; DROP ALL ; #>} would
 * end the statement and start another: every such term is parsed first and refused if malformed.
 * Lexical forms need no check, Jena escapes them.
 */
final class SparqlNodes {

    private SparqlNodes() {}

    /** A term of data to insert: an IRI, a literal, a blank node or a triple term. */
    static Node data(Node node) {
        if (node.isBlank()) {
            return node;
        }
        return concrete(node);
    }

    /** A term that must name the same thing on the server: blank nodes are refused (see {@link #data}). */
    static Node term(Node node) {
        if (node.isBlank()) {
            throw new IllegalArgumentException(
                    "A blank node cannot be sent to a remote store: it would mean a new, different node there");
        }
        return concrete(node);
    }

    static Node iri(Node node) {
        if (!node.isURI()) {
            throw new IllegalArgumentException("Not an IRI: " + node);
        }
        checkIri(node.getURI());
        return node;
    }

    private static Node concrete(Node node) {
        if (node.isURI()) {
            checkIri(node.getURI());
        } else if (node.isLiteral()) {
            checkIri(node.getLiteralDatatypeURI());
            String language = node.getLiteralLanguage();
            if (!language.isEmpty() && !LangTags.basicCheck(language)) {
                throw new IllegalArgumentException("Malformed language tag: '" + language + "'");
            }
        } else if (node.isTripleTerm()) {
            Triple triple = node.getTriple();
            data(triple.getSubject());
            data(triple.getPredicate());
            data(triple.getObject());
        } else {
            throw new IllegalArgumentException("Not an RDF term: " + node);
        }
        return node;
    }

    private static void checkIri(String iri) {
        try {
            if (IRIx.create(iri).isRelative()) {
                throw new IllegalArgumentException("Not an absolute IRI: <" + iri + ">");
            }
        } catch (IRIException e) {
            throw new IllegalArgumentException("Malformed IRI: " + e.getMessage(), e);
        }
    }
}
