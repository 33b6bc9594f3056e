package vn.laocai.museum.app.curation.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.ShapeViolation;

/**
 * The editorial workflow of remedies, kept in the drafts graph: a curator starts a revision from
 * the published text, edits and submits it; a reviewer comments, sends it back or publishes it;
 * a published remedy can be archived (withdrawn from the public site). Publishing checks the
 * revision against the museum's shapes together with the rest of the public graph, then in one
 * transaction replaces the public remedy, marks the revision published and records a PROV-O
 * revision in the audit graph — all of it or nothing.
 *
 * <p>The remedy editor ({@code /curation/remedies/<slug>}) calls it.
 *
 * <pre>{@code
 * workflow.start(lan, "nhuc-que-on-trung");
 * workflow.replace(lan, "nhuc-que-on-trung", edited);
 * workflow.submit(lan, "nhuc-que-on-trung");
 * workflow.publish(reviewer, "nhuc-que-on-trung");
 * }</pre>
 */
public final class RemedyWorkflow {

    static final Property STATE = ResourceFactory.createProperty(MuseumVocab.HERB, "editorialState");
    static final Property REVISION_OF = ResourceFactory.createProperty(AuditLog.PROV, "wasRevisionOf");
    static final Property GENERATED_BY = ResourceFactory.createProperty(AuditLog.PROV, "wasGeneratedBy");
    static final Property ASSOCIATED = ResourceFactory.createProperty(AuditLog.PROV, "wasAssociatedWith");
    static final Property STARTED = ResourceFactory.createProperty(AuditLog.PROV, "startedAtTime");
    static final Property ACTION = ResourceFactory.createProperty(MuseumVocab.HERB, "auditAction");
    static final Resource ENTITY = ResourceFactory.createResource(AuditLog.PROV + "Entity");
    static final Resource ACTIVITY = ResourceFactory.createResource(AuditLog.PROV + "Activity");
    static final Resource AGENT = ResourceFactory.createResource(AuditLog.PROV + "Agent");
    static final Resource COMMENT = ResourceFactory.createResource(MuseumVocab.SCHEMA + "Comment");
    static final Property TEXT = ResourceFactory.createProperty(MuseumVocab.SCHEMA, "text");
    static final Property DATE_CREATED = ResourceFactory.createProperty(MuseumVocab.SCHEMA, "dateCreated");
    /** The published text of a revision, as N-Triples, kept with its PROV-O entity for the history's diffs. */
    static final Property SNAPSHOT = ResourceFactory.createProperty(MuseumVocab.HERB, "revisionSnapshot");
    private static final Query HISTORY = QueryFactory.create("""
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?revision ?action ?time ?who ?snapshot WHERE {
              ?revision prov:wasRevisionOf ?remedy ; prov:wasGeneratedBy ?activity .
              ?activity <https://w3id.org/laocai-herbs/ns#auditAction> ?action ; prov:startedAtTime ?time ;
                        prov:wasAssociatedWith/<http://www.w3.org/2000/01/rdf-schema#label> ?who .
              OPTIONAL { ?revision <https://w3id.org/laocai-herbs/ns#revisionSnapshot> ?snapshot } }""");

    /** One recorded step in a remedy's history: a publication (with the text it published) or an archiving. */
    public record HistoryEntry(String id, String action, String who, Instant time, Optional<Model> text) {}
    private static final Query EVERYTHING = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
    private static final Query COMMENTS = QueryFactory.create("""
            CONSTRUCT { ?c ?p ?o } WHERE { ?c <https://schema.org/about> ?doc ; a <https://schema.org/Comment> ; ?p ?o }""");
    private static final Query DESCRIBE = QueryFactory.create("""
            CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = ?doc || STRSTARTS(STR(?s), CONCAT(STR(?doc), "#"))) }""");

    /** Who takes a step: the account's name and roles. */
    public record Editor(String username, Set<Role> roles) {
        public Editor {
            Objects.requireNonNull(username, "username");
            roles = Set.copyOf(roles);
        }
    }

    private final GraphStore graph;
    private final ShaclValidator shapes;
    private final Clock clock;
    private final Consumer<String> reindex;

    /** @param reindex called with a remedy's slug after its public text changed */
    public RemedyWorkflow(GraphStore graph, ShaclValidator shapes, Clock clock, Consumer<String> reindex) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.shapes = Objects.requireNonNull(shapes, "shapes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reindex = Objects.requireNonNull(reindex, "reindex");
    }

    /** A curator opens a revision: a copy of the remedy as published, in the drafts graph. */
    public RemedyRevision start(Editor editor, String slug) {
        require(editor, Role.CURATOR);
        Resource remedy = remedy(slug);
        Optional<RemedyRevision> open = revision(slug);
        if (open.isPresent() && open.get().state() != EditorialState.PUBLISHED && open.get().state() != EditorialState.ARCHIVED) {
            throw new EditorialException("A revision of " + slug + " is open already (" + open.get().state().code() + ")");
        }
        Model published = describe(MuseumGraph.PUBLIC, remedy);
        if (published.isEmpty() && open.isEmpty()) {
            throw new EditorialException("No remedy " + slug);
        }
        Model content = published.isEmpty() ? describe(MuseumGraph.DRAFTS, remedy) : published;
        // A new revision starts without the comments of the last one.
        List<Resource> oldComments = graph.construct(MuseumGraph.DRAFTS, COMMENTS, Map.of("doc", meta(slug)))
                .listSubjectsWithProperty(RDF.type, COMMENT).toList();
        graph.write(writer -> {
            oldComments.forEach(comment -> writer.removeResource(MuseumGraph.DRAFTS, comment));
            writer.removeResource(MuseumGraph.DRAFTS, remedy);
            writer.removeResource(MuseumGraph.DRAFTS, meta(slug));
            writer.add(MuseumGraph.DRAFTS, content);
            writer.add(MuseumGraph.DRAFTS, state(slug, EditorialState.DRAFT, editor));
        });
        return revision(slug).orElseThrow();
    }

    /** A curator replaces the draft's text: triples about the remedy and its fragments only. */
    public void replace(Editor editor, String slug, Model content) {
        require(editor, Role.CURATOR);
        Resource remedy = remedy(slug);
        expect(slug, EditorialState.DRAFT);
        for (Statement statement : content.listStatements().toList()) {
            String subject = statement.getSubject().isURIResource() ? statement.getSubject().getURI() : "";
            if (!subject.equals(remedy.getURI()) && !subject.startsWith(remedy.getURI() + "#")) {
                throw new EditorialException("A revision of " + slug + " may only describe the remedy: " + statement.getSubject());
            }
        }
        graph.write(writer -> {
            writer.removeResource(MuseumGraph.DRAFTS, remedy);
            writer.add(MuseumGraph.DRAFTS, content);
            writer.removeResource(MuseumGraph.DRAFTS, meta(slug));
            writer.add(MuseumGraph.DRAFTS, state(slug, EditorialState.DRAFT, editor));
        });
    }

    /** The revision's text as it stands in the drafts graph. */
    public Model draft(String slug) {
        return describe(MuseumGraph.DRAFTS, remedy(slug));
    }

    public void submit(Editor editor, String slug) {
        require(editor, Role.CURATOR);
        move(editor, slug, EditorialState.DRAFT, EditorialState.IN_REVIEW);
    }

    /** A reviewer sends the revision back to its curator, saying why. */
    public void sendBack(Editor editor, String slug, String why) {
        require(editor, Role.REVIEWER);
        expect(slug, EditorialState.IN_REVIEW);
        comment(editor, slug, why);
        move(editor, slug, EditorialState.IN_REVIEW, EditorialState.DRAFT);
    }

    /** A curator or reviewer comments on an open revision. */
    public void comment(Editor editor, String slug, String text) {
        if (!editor.roles().contains(Role.CURATOR) && !editor.roles().contains(Role.REVIEWER)) {
            throw new EditorialException(editor.username() + " may not comment on remedies");
        }
        if (text == null || text.isBlank()) {
            throw new EditorialException("A comment needs a text");
        }
        revision(slug).orElseThrow(() -> new EditorialException("No revision of " + slug));
        Model model = ModelFactory.createDefaultModel();
        Instant now = clock.instant();
        model.createResource(MuseumVocab.ID + "draft/comment/" + UUID.randomUUID())
                .addProperty(RDF.type, COMMENT)
                .addProperty(MuseumVocab.ABOUT, meta(slug))
                .addProperty(TEXT, text.strip())
                .addProperty(RDFS.label, editor.username())
                .addLiteral(DATE_CREATED, model.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime));
        graph.write(writer -> writer.add(MuseumGraph.DRAFTS, model));
    }

    /**
     * A reviewer publishes the revision: checked against the shapes with the rest of the public
     * graph, then the public remedy is replaced, the revision marked published and a PROV-O
     * revision recorded, in one transaction.
     */
    public void publish(Editor editor, String slug) {
        require(editor, Role.REVIEWER);
        expect(slug, EditorialState.IN_REVIEW);
        Resource remedy = remedy(slug);
        Model content = draft(slug);
        Model current = graph.construct(MuseumGraph.PUBLIC, EVERYTHING, Map.of());
        Model candidate = ModelFactory.createDefaultModel().add(current);
        candidate.remove(describe(MuseumGraph.PUBLIC, remedy));
        candidate.add(content);
        // Only what the revision breaks stops it: a fault elsewhere in the public graph is not the remedy's to fix.
        Set<ShapeViolation> before = Set.copyOf(shapes.validate(current));
        List<ShapeViolation> added = shapes.validate(candidate).stream().filter(violation -> !before.contains(violation)).toList();
        if (!added.isEmpty()) {
            throw new EditorialException("The revision of " + slug + " does not conform to the museum's shapes: "
                    + added.stream().map(ShapeViolation::toString).collect(java.util.stream.Collectors.joining("; ")));
        }
        Model provenance = provenance(editor, remedy, "remedy-published");
        provenance.listSubjectsWithProperty(REVISION_OF).forEach(revision -> {
            java.io.StringWriter ntriples = new java.io.StringWriter();
            org.apache.jena.riot.RDFDataMgr.write(ntriples, content, org.apache.jena.riot.Lang.NTRIPLES);
            revision.addProperty(SNAPSHOT, ntriples.toString());
        });
        graph.write(writer -> {
            writer.removeResource(MuseumGraph.PUBLIC, remedy);
            writer.add(MuseumGraph.PUBLIC, content);
            writer.removeResource(MuseumGraph.DRAFTS, meta(slug));
            writer.add(MuseumGraph.DRAFTS, state(slug, EditorialState.PUBLISHED, editor));
            writer.add(MuseumGraph.AUDIT, provenance);
        });
        reindex.accept(slug);
    }

    /** A reviewer withdraws a published remedy from the public site; its text stays in the drafts graph. */
    public void archive(Editor editor, String slug) {
        require(editor, Role.REVIEWER);
        expect(slug, EditorialState.PUBLISHED);
        Resource remedy = remedy(slug);
        Model provenance = provenance(editor, remedy, "remedy-archived");
        graph.write(writer -> {
            writer.removeResource(MuseumGraph.PUBLIC, remedy);
            writer.removeResource(MuseumGraph.DRAFTS, meta(slug));
            writer.add(MuseumGraph.DRAFTS, state(slug, EditorialState.ARCHIVED, editor));
            writer.add(MuseumGraph.AUDIT, provenance);
        });
        reindex.accept(slug);
    }

    /** The remedy's publications and archivings recorded in the audit graph, oldest first. */
    public List<HistoryEntry> history(String slug) {
        return graph.select(MuseumGraph.AUDIT, HISTORY, Map.of("remedy", remedy(slug))).stream().map(row -> {
            Optional<Model> text = Optional.ofNullable(row.getLiteral("snapshot")).map(literal -> {
                Model model = ModelFactory.createDefaultModel();
                org.apache.jena.riot.RDFParser.fromString(literal.getString(), org.apache.jena.riot.Lang.NTRIPLES).parse(model);
                return model;
            });
            return new HistoryEntry(row.getResource("revision").getURI(), row.getLiteral("action").getString(),
                    row.getLiteral("who").getString(), Instant.parse(row.getLiteral("time").getLexicalForm()), text);
        }).sorted(Comparator.comparing(HistoryEntry::time).thenComparing(HistoryEntry::id)).toList();
    }

    /** The revision of a remedy in the drafts graph, if one was ever opened. */
    public Optional<RemedyRevision> revision(String slug) {
        Model meta = graph.construct(MuseumGraph.DRAFTS, DESCRIBE, Map.of("doc", meta(slug)));
        Resource root = meta.getResource(meta(slug).getURI());
        Statement state = root.getProperty(STATE);
        if (state == null) {
            return Optional.empty();
        }
        Model notes = graph.construct(MuseumGraph.DRAFTS, COMMENTS, Map.of("doc", meta(slug)));
        List<RemedyRevision.Comment> comments = notes.listSubjectsWithProperty(RDF.type, COMMENT).toList().stream()
                .map(comment -> new RemedyRevision.Comment(comment.getProperty(RDFS.label).getString(),
                        Instant.parse(comment.getProperty(DATE_CREATED).getLiteral().getLexicalForm()), comment.getProperty(TEXT).getString()))
                .sorted(Comparator.comparing(RemedyRevision.Comment::time))
                .toList();
        return Optional.of(new RemedyRevision(slug, EditorialState.ofCode(state.getString()).orElseThrow(),
                root.getProperty(RDFS.label).getString(), Instant.parse(root.getProperty(DCTerms.modified).getLiteral().getLexicalForm()), comments));
    }

    private void move(Editor editor, String slug, EditorialState from, EditorialState to) {
        expect(slug, from);
        if (!from.canMoveTo(to)) {
            throw new EditorialException("No move from " + from.code() + " to " + to.code());
        }
        graph.write(writer -> {
            writer.removeResource(MuseumGraph.DRAFTS, meta(slug));
            writer.add(MuseumGraph.DRAFTS, state(slug, to, editor));
        });
    }

    private void expect(String slug, EditorialState expected) {
        EditorialState actual = revision(slug).map(RemedyRevision::state)
                .orElseThrow(() -> new EditorialException("No revision of " + slug));
        if (actual != expected) {
            throw new EditorialException("The revision of " + slug + " is " + actual.code() + ", not " + expected.code());
        }
    }

    private static void require(Editor editor, Role role) {
        if (!editor.roles().contains(role)) {
            throw new EditorialException(editor.username() + " is not a " + role.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private Model describe(MuseumGraph from, Resource remedy) {
        return graph.construct(from, DESCRIBE, Map.of("doc", remedy));
    }

    private Model state(String slug, EditorialState state, Editor editor) {
        Model model = ModelFactory.createDefaultModel();
        model.createResource(meta(slug).getURI())
                .addProperty(STATE, state.code())
                .addProperty(RDFS.label, editor.username())
                .addLiteral(DCTerms.modified, model.createTypedLiteral(clock.instant().toString(), XSDDatatype.XSDdateTime));
        model.add(meta(slug), RDFS.seeAlso, remedy(slug));
        return model;
    }

    private Model provenance(Editor editor, Resource remedy, String action) {
        Model model = ModelFactory.createDefaultModel();
        Resource activity = model.createResource(MuseumVocab.ID + "audit/" + UUID.randomUUID())
                .addProperty(RDF.type, ACTIVITY)
                .addProperty(ACTION, action)
                .addLiteral(STARTED, model.createTypedLiteral(clock.instant().toString(), XSDDatatype.XSDdateTime))
                .addProperty(ASSOCIATED, model.createResource().addProperty(RDF.type, AGENT).addProperty(RDFS.label, editor.username()))
                .addProperty(DCTerms.description, "remedy " + remedy.getURI());
        model.createResource(MuseumVocab.ID + "revision/" + UUID.randomUUID())
                .addProperty(RDF.type, ENTITY)
                .addProperty(REVISION_OF, remedy)
                .addProperty(GENERATED_BY, activity);
        return model;
    }

    private static Resource remedy(String slug) {
        if (slug == null || !slug.matches("[a-z0-9-]+")) {
            throw new EditorialException("Not a remedy slug: " + slug);
        }
        return ResourceFactory.createResource(MuseumVocab.resourceIri("remedy", slug));
    }

    /**
     * The revision's bookkeeping: state, last editor and time. Comments are resources of their own
     * that say they are {@code schema:about} it, so replacing the state keeps them.
     */
    private static Resource meta(String slug) {
        return ResourceFactory.createResource(MuseumVocab.ID + "draft/remedy/" + slug);
    }

}
