package vn.laocai.museum.export;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/** Reading values out of query rows: text or empty, never null. */
final class Rows {

    private Rows() {}

    /** The lexical form of a literal or the IRI of a resource; "" when unbound. */
    static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : "";
    }

    /** The language tag of a literal; "" when unbound or untagged. */
    static String language(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node != null && node.isLiteral() ? node.asLiteral().getLanguage() : "";
    }

    /** A boolean flag; {@code absent} when unbound (the corpus writes herb:verified only when false). */
    static boolean flag(QuerySolution row, String variable, boolean absent) {
        Literal value = row.getLiteral(variable);
        return value == null ? absent : value.getBoolean();
    }
}
