package vn.laocai.museum.app.curation.editorial;

import java.util.Objects;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.security.KnowledgeAccess;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * A kind of document the editorial workflow handles: where its documents live ({@code …/id/<code>/<slug>}),
 * their class, the part of a document its editor owns, and who may write and publish it.
 *
 * <p>A kind that owns the whole document (remedies, stories) publishes the revision as the document.
 * A species text owns only the species' prose (summary, narrative, uses, safety and cultivation
 * notes, sources): publishing replaces that part and leaves the names, taxonomy, distribution and
 * images as the public graph has them. A knowledge record's editor owns all but its ethnic group
 * and access level, which decide who may read it and which graph it lives in.
 */
public enum EditorialKind {
    REMEDY(DocumentKind.REMEDY, "remedy", Set.of()),
    SPECIES(DocumentKind.SPECIES, "species", Set.of(MuseumVocab.DESCRIPTION, MuseumVocab.NARRATIVE,
            MuseumVocab.TRADITIONAL_USE, MuseumVocab.SAFETY_NOTE, MuseumVocab.CULTIVATION_NOTE, MuseumVocab.SOURCE)),
    STORY(DocumentKind.STORY, "story", Set.of()),
    KNOWLEDGE(DocumentKind.KNOWLEDGE, "knowledge", Set.of(MuseumVocab.NAME, MuseumVocab.DESCRIPTION, MuseumVocab.NARRATIVE,
            MuseumVocab.COMMUNITY, MuseumVocab.SOURCE));

    private final DocumentKind document;
    private final String code;
    private final Set<Property> owned;

    EditorialKind(DocumentKind document, String code, Set<Property> owned) {
        this.document = document;
        this.code = code;
        this.owned = owned;
    }

    public DocumentKind document() {
        return document;
    }

    /** The segment of its IRIs and of its audit actions ({@code remedy-published}). */
    public String code() {
        return code;
    }

    public Resource type() {
        return document.type();
    }

    public Resource resource(String slug) {
        if (slug == null || !slug.matches("[a-z0-9-]+")) {
            throw new EditorialException("Not a " + code + " slug: " + slug);
        }
        return ResourceFactory.createResource(document.iri(slug));
    }

    /** True when the editor owns every triple of the document. */
    public boolean ownsWholeDocument() {
        return owned.isEmpty();
    }

    /**
     * The part of a document's triples this kind's editor owns: all of them, or the document's
     * owned properties with the fragments ({@code <doc>#…}) they point at and what those say.
     */
    public Model owned(Model document, Resource subject) {
        Objects.requireNonNull(document, "document");
        if (ownsWholeDocument()) {
            return ModelFactory.createDefaultModel().add(document);
        }
        Model part = ModelFactory.createDefaultModel();
        for (Statement statement : document.listStatements(subject, null, (RDFNode) null).toList()) {
            if (!owned.contains(statement.getPredicate())) {
                continue;
            }
            part.add(statement);
            RDFNode object = statement.getObject();
            if (object.isURIResource() && object.asResource().getURI().startsWith(subject.getURI() + "#")) {
                part.add(document.listStatements(object.asResource(), null, (RDFNode) null));
            }
        }
        return part;
    }

    /**
     * Who may write drafts: curators, except for knowledge records, which reviewers and the keepers
     * of the record's community write.
     *
     * @param ethnicGroup the record's ethnic group (knowledge records only; empty otherwise)
     */
    public boolean mayWrite(EditorialWorkflow.Editor editor, String ethnicGroup) {
        return this == KNOWLEDGE ? keeperOrReviewer(editor, ethnicGroup) : editor.roles().contains(Role.CURATOR);
    }

    /** Who may publish, send back and archive: reviewers, and for knowledge records the keepers of its community too. */
    public boolean mayPublish(EditorialWorkflow.Editor editor, String ethnicGroup) {
        return this == KNOWLEDGE ? keeperOrReviewer(editor, ethnicGroup) : editor.roles().contains(Role.REVIEWER);
    }

    /** The role that {@link #mayWrite} asks for, as a word for messages. */
    String writerRole() {
        return this == KNOWLEDGE ? "keeper of the record's community or a reviewer" : "curator";
    }

    String publisherRole() {
        return this == KNOWLEDGE ? "keeper of the record's community or a reviewer" : "reviewer";
    }

    private static boolean keeperOrReviewer(EditorialWorkflow.Editor editor, String ethnicGroup) {
        return editor.roles().contains(Role.REVIEWER)
                || (editor.roles().contains(Role.KEEPER) && KnowledgeAccess.covers(editor.community(), ethnicGroup));
    }
}
