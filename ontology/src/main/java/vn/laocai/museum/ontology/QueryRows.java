package vn.laocai.museum.ontology;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/** Small helpers for reading SELECT rows, shared by the stores, the catalogs and the exports. */
public final class QueryRows {

    private QueryRows() {}

    /**
     * Every row, copied into memory. Stores hand out rows that read lazily from a transaction or
     * an HTTP response; the copies outlive both.
     */
    public static List<QuerySolution> copy(ResultSet results) {
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(row -> {
            QuerySolutionMap copy = new QuerySolutionMap();
            row.varNames().forEachRemaining(name -> copy.add(name, row.get(name)));
            rows.add(copy);
        });
        return rows;
    }

    /** A boolean flag such as herb:verified; absent means true. */
    static boolean flag(QuerySolution row, String variable) {
        Literal value = row.getLiteral(variable);
        return value == null || value.getBoolean();
    }

    /** A value as text: a literal's lexical form or a resource's IRI; null when unbound. */
    static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }

    /** A language code as the plain literal that queries compare lang(?x) with. */
    static Literal language(String language) {
        return ResourceFactory.createPlainLiteral(java.util.Objects.requireNonNull(language, "language"));
    }
}
