package vn.laocai.museum.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;

/**
 * What the corpus's reference files (places, lists, marks, OCOP products, the herb sector) say of
 * some resources, read from the files themselves: the version a record returns to when a staff
 * correction of it is dropped. The triples are those the loader writes — a resource's own
 * statements and those of its fragments ({@code …#source}), blank nodes named as at a load.
 *
 * <pre>{@code
 * Model corpusVersion = CorpusRecords.describe(Corpus.fromDirectory(root), List.of(areaIri));   // empty: the corpus has no such record
 * }</pre>
 */
public final class CorpusRecords {

    private CorpusRecords() {}

    /** The corpus's statements about each resource and its fragments; a corpus with errors throws {@link ContentException}. */
    public static Model describe(List<ContentFile> files, Collection<String> iris) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(iris, "iris");
        List<ContentError> errors = new ArrayList<>();
        ReferenceData reference = ReferenceData.read(files, errors);
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        Model found = ModelFactory.createDefaultModel();
        for (ReferenceData.Part part : reference.parts().values()) {
            for (Statement statement : part.model().listStatements().toList()) {
                if (statement.getSubject().isURIResource() && iris.stream().anyMatch(iri -> owns(iri, statement.getSubject().getURI()))) {
                    found.add(statement);
                }
            }
        }
        return found;
    }

    private static boolean owns(String iri, String subject) {
        return subject.equals(iri) || subject.startsWith(iri + "#");
    }
}
