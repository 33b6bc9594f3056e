package vn.laocai.museum.app.curation.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.GraphWriter;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * A kind's revisions in the drafts graph: each document's draft text, and beside it the revision's
 * bookkeeping (state, last editor and time) and the comments on it. Comments are resources of their
 * own that say they are {@code schema:about} the bookkeeping, so replacing the state keeps them.
 * {@link EditorialWorkflow} decides the steps; this class reads and writes what they leave.
 */
final class EditorialDrafts {

    static final Property STATE = ResourceFactory.createProperty(MuseumVocab.HERB, "editorialState");
    static final Resource COMMENT = ResourceFactory.createResource(MuseumVocab.SCHEMA + "Comment");
    static final Property TEXT = ResourceFactory.createProperty(MuseumVocab.SCHEMA, "text");
    static final Property DATE_CREATED = ResourceFactory.createProperty(MuseumVocab.SCHEMA, "dateCreated");
    private static final Query COMMENTS = QueryFactory.create("""
            CONSTRUCT { ?c ?p ?o } WHERE { ?c <https://schema.org/about> ?doc ; a <https://schema.org/Comment> ; ?p ?o }""");

    private final EditorialKind kind;
    private final GraphStore graph;
    private final Clock clock;

    EditorialDrafts(EditorialKind kind, GraphStore graph, Clock clock) {
        this.kind = kind;
        this.graph = graph;
        this.clock = clock;
    }

    /** The revision of a document, if one was ever opened. */
    Optional<EditorialRevision> revision(String slug) {
        Model meta = graph.construct(MuseumGraph.DRAFTS, EditorialWorkflow.DESCRIBE, Map.of("doc", meta(slug)));
        Resource root = meta.getResource(meta(slug).getURI());
        Statement state = root.getProperty(STATE);
        if (state == null) {
            return Optional.empty();
        }
        List<EditorialRevision.Comment> comments = comments(slug).listSubjectsWithProperty(RDF.type, COMMENT).toList().stream()
                .map(comment -> new EditorialRevision.Comment(comment.getProperty(RDFS.label).getString(),
                        Instant.parse(comment.getProperty(DATE_CREATED).getLiteral().getLexicalForm()), comment.getProperty(TEXT).getString()))
                .sorted(Comparator.comparing(EditorialRevision.Comment::time))
                .toList();
        return Optional.of(new EditorialRevision(slug, EditorialState.ofCode(state.getString()).orElseThrow(),
                root.getProperty(RDFS.label).getString(), Instant.parse(root.getProperty(DCTerms.modified).getLiteral().getLexicalForm()), comments));
    }

    /** The comments on the document's last revision: a new revision starts without them. */
    List<Resource> oldComments(String slug) {
        return comments(slug).listSubjectsWithProperty(RDF.type, COMMENT).toList();
    }

    private Model comments(String slug) {
        return graph.construct(MuseumGraph.DRAFTS, COMMENTS, Map.of("doc", meta(slug)));
    }

    /** Opens a revision with this text, in draft, dropping the last revision's text and comments. */
    void open(GraphWriter writer, String slug, Model content, EditorialWorkflow.Editor editor, List<Resource> oldComments) {
        oldComments.forEach(comment -> writer.removeResource(MuseumGraph.DRAFTS, comment));
        rewrite(writer, slug, content, editor);
    }

    /** The draft's text replaced by this one, the revision in draft and last changed by this editor. */
    void rewrite(GraphWriter writer, String slug, Model content, EditorialWorkflow.Editor editor) {
        writer.removeResource(MuseumGraph.DRAFTS, kind.resource(slug));
        writer.add(MuseumGraph.DRAFTS, content);
        setState(writer, slug, EditorialState.DRAFT, editor);
    }

    /** The revision moved to this state by this editor, now. */
    void setState(GraphWriter writer, String slug, EditorialState state, EditorialWorkflow.Editor editor) {
        writer.removeResource(MuseumGraph.DRAFTS, meta(slug));
        Model model = ModelFactory.createDefaultModel();
        model.createResource(meta(slug).getURI())
                .addProperty(STATE, state.code())
                .addProperty(RDFS.label, editor.username())
                .addLiteral(DCTerms.modified, model.createTypedLiteral(clock.instant().toString(), XSDDatatype.XSDdateTime));
        model.add(meta(slug), RDFS.seeAlso, kind.resource(slug));
        writer.add(MuseumGraph.DRAFTS, model);
    }

    /** A comment by this editor on the document's revision, as triples to add to the drafts graph. */
    Model comment(String slug, EditorialWorkflow.Editor editor, String text) {
        Model model = ModelFactory.createDefaultModel();
        model.createResource(MuseumVocab.ID + "draft/comment/" + UUID.randomUUID())
                .addProperty(RDF.type, COMMENT)
                .addProperty(MuseumVocab.ABOUT, meta(slug))
                .addProperty(TEXT, text.strip())
                .addProperty(RDFS.label, editor.username())
                .addLiteral(DATE_CREATED, model.createTypedLiteral(clock.instant().toString(), XSDDatatype.XSDdateTime));
        return model;
    }

    /** The revision's bookkeeping resource. */
    private Resource meta(String slug) {
        kind.resource(slug);
        return ResourceFactory.createResource(MuseumVocab.ID + "draft/" + kind.code() + "/" + slug);
    }
}
