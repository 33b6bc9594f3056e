package vn.laocai.museum.app.sparql;

import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * One value of a result row as the page shows it.
 *
 * @param text     what is written in the cell: the IRI, the literal's lexical form, {@code _:b0}
 * @param href     where an IRI links to, or null; the museum's own IRIs link to the local {@code /id/…}
 * @param language the literal's language tag, or null
 * @param datatype the literal's datatype as a prefixed name when it is not a plain string, or null
 */
record SparqlCell(String text, String href, String language, String datatype) {

    /** An unbound variable. */
    static final SparqlCell EMPTY = new SparqlCell("", null, null, null);

    SparqlCell {
        Objects.requireNonNull(text, "text");
    }

    static SparqlCell of(Node node) {
        if (node == null) {
            return EMPTY;
        }
        if (node.isURI()) {
            return new SparqlCell(node.getURI(), link(node.getURI()), null, null);
        }
        if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            String datatype = node.getLiteralDatatypeURI();
            boolean plain = !language.isEmpty() || datatype == null || XSDDatatype.XSDstring.getURI().equals(datatype);
            return new SparqlCell(node.getLiteralLexicalForm(), null, language.isEmpty() ? null : language,
                    plain ? null : PrefixMapping.Standard.shortForm(datatype));
        }
        return new SparqlCell(node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString(), null, null, null);
    }

    /** The museum's IRIs dereference on this server; others go where they point. */
    static String link(String iri) {
        return iri.startsWith(MuseumVocab.ID) ? "/id/" + iri.substring(MuseumVocab.ID.length()) : iri;
    }

    boolean isLink() {
        return href != null;
    }
}
