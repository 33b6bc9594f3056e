package vn.laocai.museum.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The museum's own vocabulary document, {@code herb.ttl} beside this class: every {@code herb:} term
 * with its Vietnamese and English label and comment, and its links to the vocabularies we reuse.
 *
 * <pre>{@code
 * String label = Vocabulary.model().getResource(MuseumVocab.HERB + "part-root")
 *         .getProperty(RDFS.label, "vi").getString();   // "rễ"
 * }</pre>
 */
public final class Vocabulary {

    private Vocabulary() {}

    /**
     * The parsed vocabulary, read once. It is read-only, so one copy can be shared by every caller
     * and thread; adding to it throws {@link org.apache.jena.shared.AddDeniedException}.
     */
    public static Model model() {
        return Holder.MODEL;
    }

    // Parsed on first use, not when the class loads, so a broken file fails the caller that needs it.
    private static final class Holder {
        static final Model MODEL = ModelFactory.createModelForGraph(
                new GraphReadOnly(OntologyResources.turtle("herb.ttl").getGraph()));
    }
}
