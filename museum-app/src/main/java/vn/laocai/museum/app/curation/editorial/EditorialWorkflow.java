package vn.laocai.museum.app.curation.editorial;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.ShapeViolation;

/**
 * The editorial workflow of the museum's documents of one {@link EditorialKind}, kept in the
 * drafts graph: a writer starts a revision from the published text, edits and submits it; a
 * publisher comments, sends it back or publishes it; a published text can be archived (withdrawn
 * from the public site) and any earlier publication can be reverted to as a new draft. Publishing
 * checks the revision against the museum's shapes together with the rest of the graph, then in one
 * transaction replaces the part of the document the kind's editor owns, marks the revision
 * published and records a PROV-O revision with the published text in the audit graph — all of it
 * or nothing. A community-restricted knowledge record stays in the restricted graph throughout.
 *
 * <p>The editors ({@code /curation/remedies/<slug>}, {@code /curation/species/<slug>} …) call it.
 *
 * <pre>{@code
 * EditorialWorkflow remedies = new EditorialWorkflow(EditorialKind.REMEDY, graph, shapes, clock, reindex);
 * remedies.start(lan, "nhuc-que-on-trung");
 * remedies.replace(lan, "nhuc-que-on-trung", edited);
 * remedies.submit(lan, "nhuc-que-on-trung");
 * remedies.publish(reviewer, "nhuc-que-on-trung");
 * }</pre>
 */
public final class EditorialWorkflow {

    static final Query DESCRIBE = QueryFactory.create("""
            CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = ?doc || STRSTARTS(STR(?s), CONCAT(STR(?doc), "#"))) }""");
    private static final Query EVERYTHING = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");

    /** Who takes a step: the account's name, roles, and the community a keeper speaks for (empty for others). */
    public record Editor(String username, Set<Role> roles, String community) {
        public Editor {
            Objects.requireNonNull(username, "username");
            roles = Set.copyOf(roles);
            community = community == null ? "" : community;
        }

        public Editor(String username, Set<Role> roles) {
            this(username, roles, "");
        }
    }

    private final EditorialKind kind;
    private final GraphStore graph;
    private final ShaclValidator shapes;
    private final Consumer<String> reindex;
    private final EditorialDrafts drafts;
    private final EditorialHistory history;

    /** @param reindex called with a document's slug after its public text changed */
    public EditorialWorkflow(EditorialKind kind, GraphStore graph, ShaclValidator shapes, Clock clock, Consumer<String> reindex) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.shapes = Objects.requireNonNull(shapes, "shapes");
        this.reindex = Objects.requireNonNull(reindex, "reindex");
        this.drafts = new EditorialDrafts(kind, graph, Objects.requireNonNull(clock, "clock"));
        this.history = new EditorialHistory(kind, graph, clock);
    }

    public EditorialKind kind() {
        return kind;
    }

    /** A writer opens a revision: a copy of the document as published, in the drafts graph. */
    public EditorialRevision start(Editor editor, String slug) {
        requireWriter(editor, slug);
        Model content = startingText(slug);
        List<Resource> comments = drafts.oldComments(slug);
        graph.write(writer -> drafts.open(writer, slug, content, editor, comments));
        return revision(slug).orElseThrow();
    }

    /** The text a new revision starts from; refused while a revision is open. */
    private Model startingText(String slug) {
        Resource doc = kind.resource(slug);
        Optional<EditorialRevision> open = revision(slug);
        if (open.isPresent() && open.get().state() != EditorialState.PUBLISHED && open.get().state() != EditorialState.ARCHIVED) {
            throw new EditorialException("A revision of " + slug + " is open already (" + open.get().state().code() + ")");
        }
        Model published = describe(home(slug), doc);
        if (published.isEmpty() && open.isEmpty()) {
            throw new EditorialException("No " + kind.code() + " " + slug);
        }
        if (published.isEmpty()) {
            return describe(MuseumGraph.DRAFTS, doc);
        }
        // An archived species text left the public graph, but its last text is still the draft's.
        return open.isPresent() && !kind.ownsWholeDocument() && kind.owned(published, doc).isEmpty()
                ? withOwned(published, describe(MuseumGraph.DRAFTS, doc), doc) : published;
    }

    /** A writer replaces the draft's text: triples about the document and its fragments only. */
    public void replace(Editor editor, String slug, Model content) {
        requireWriter(editor, slug);
        expect(slug, EditorialState.DRAFT);
        checkSubjects(slug, content);
        graph.write(writer -> drafts.rewrite(writer, slug, content, editor));
    }

    private void checkSubjects(String slug, Model content) {
        String iri = kind.resource(slug).getURI();
        for (Statement statement : content.listStatements().toList()) {
            String subject = statement.getSubject().isURIResource() ? statement.getSubject().getURI() : "";
            if (!subject.equals(iri) && !subject.startsWith(iri + "#")) {
                throw new EditorialException("A revision of " + slug + " may only describe the " + kind.code() + ": " + statement.getSubject());
            }
        }
    }

    /**
     * Saves several documents' texts as drafts in one transaction — all of them or none: each
     * opens a revision (from nothing, for a document the museum does not have yet) or replaces
     * the open draft's text. Refused before anything is written if one of them is in review.
     * A batch import calls it.
     */
    public void saveDrafts(Editor editor, Map<String, Model> texts) {
        Map<String, Optional<EditorialRevision>> revisions = new LinkedHashMap<>();
        texts.forEach((slug, content) -> {
            requireWriter(editor, slug);
            checkSubjects(slug, content);
            Optional<EditorialRevision> open = revision(slug);
            if (open.isPresent() && open.get().state() == EditorialState.IN_REVIEW) {
                throw new EditorialException("The revision of " + slug + " is in review");
            }
            revisions.put(slug, open);
        });
        Map<String, List<Resource>> comments = new LinkedHashMap<>();
        texts.keySet().forEach(slug -> comments.put(slug, drafts.oldComments(slug)));
        graph.write(writer -> texts.forEach((slug, content) -> {
            boolean draft = revisions.get(slug).map(r -> r.state() == EditorialState.DRAFT).orElse(false);
            if (draft) {
                drafts.rewrite(writer, slug, content, editor);
            } else {
                drafts.open(writer, slug, content, editor, comments.get(slug));
            }
        }));
    }

    /** The revision's text as it stands in the drafts graph. */
    public Model draft(String slug) {
        return describe(MuseumGraph.DRAFTS, kind.resource(slug));
    }

    public void submit(Editor editor, String slug) {
        requireWriter(editor, slug);
        move(editor, slug, EditorialState.DRAFT, EditorialState.IN_REVIEW);
    }

    /** A publisher sends the revision back to its writer, saying why. */
    public void sendBack(Editor editor, String slug, String why) {
        requirePublisher(editor, slug);
        expect(slug, EditorialState.IN_REVIEW);
        comment(editor, slug, why);
        move(editor, slug, EditorialState.IN_REVIEW, EditorialState.DRAFT);
    }

    /** A writer or publisher comments on an open revision. */
    public void comment(Editor editor, String slug, String text) {
        String group = ethnicGroup(slug);
        if (!kind.mayWrite(editor, group) && !kind.mayPublish(editor, group)) {
            throw new EditorialException(editor.username() + " may not comment on " + kind.code() + " " + slug);
        }
        if (text == null || text.isBlank()) {
            throw new EditorialException("A comment needs a text");
        }
        revision(slug).orElseThrow(() -> new EditorialException("No revision of " + slug));
        Model comment = drafts.comment(slug, editor, text);
        graph.write(writer -> writer.add(MuseumGraph.DRAFTS, comment));
    }

    /**
     * A publisher publishes the revision: checked against the shapes with the rest of the graph,
     * then the owned part of the document is replaced (in the public graph, or in the restricted
     * one for a community-restricted record), the revision marked published and a PROV-O revision
     * recorded, in one transaction.
     */
    public void publish(Editor editor, String slug) {
        requirePublisher(editor, slug);
        expect(slug, EditorialState.IN_REVIEW);
        Resource doc = kind.resource(slug);
        MuseumGraph home = home(slug);
        Model content = kind.owned(draft(slug), doc);
        Model former = kind.owned(describe(home, doc), doc);
        Model current = graph.construct(MuseumGraph.PUBLIC, EVERYTHING, Map.of());
        if (home != MuseumGraph.PUBLIC) {
            current.add(graph.construct(home, EVERYTHING, Map.of()));
        }
        Model candidate = ModelFactory.createDefaultModel().add(current);
        candidate.remove(former);
        candidate.add(content);
        // Only what the revision breaks stops it: a fault elsewhere in the graph is not this document's to fix.
        Set<ShapeViolation> before = Set.copyOf(shapes.validate(current));
        List<ShapeViolation> added = shapes.validate(candidate).stream().filter(violation -> !before.contains(violation)).toList();
        if (!added.isEmpty()) {
            throw new EditorialException("The revision of " + slug + " does not conform to the museum's shapes: "
                    + added.stream().map(ShapeViolation::toString).collect(Collectors.joining("; ")));
        }
        Model provenance = history.published(editor, doc, home == MuseumGraph.RESTRICTED, content);
        graph.write(writer -> {
            writer.remove(home, former);
            writer.add(home, content);
            drafts.setState(writer, slug, EditorialState.PUBLISHED, editor);
            writer.add(MuseumGraph.AUDIT, provenance);
        });
        reindex.accept(slug);
    }

    /**
     * A publisher withdraws a published text from the site: the owned part of the document leaves
     * its graph (the whole remedy or story; a species keeps its names and taxonomy); the text stays
     * in the drafts graph.
     */
    public void archive(Editor editor, String slug) {
        requirePublisher(editor, slug);
        expect(slug, EditorialState.PUBLISHED);
        Resource doc = kind.resource(slug);
        MuseumGraph home = home(slug);
        Model former = kind.owned(describe(home, doc), doc);
        Model provenance = history.step(editor, doc, "archived", null, home == MuseumGraph.RESTRICTED);
        graph.write(writer -> {
            writer.remove(home, former);
            drafts.setState(writer, slug, EditorialState.ARCHIVED, editor);
            writer.add(MuseumGraph.AUDIT, provenance);
        });
        reindex.accept(slug);
    }

    /**
     * A writer reverts to an earlier publication: a draft (opened now, or the open draft replaced)
     * gets that publication's text, to be submitted and published as any other; the audit graph
     * records who reverted to which revision, when and why. A revision in review is sent back first.
     */
    public EditorialRevision revert(Editor editor, String slug, String revisionId, String why) {
        requireWriter(editor, slug);
        if (why == null || why.isBlank()) {
            throw new EditorialException("A revert needs a reason");
        }
        HistoryEntry target = history(slug).stream().filter(entry -> entry.id().equals(revisionId) && entry.text().isPresent())
                .findFirst().orElseThrow(() -> new EditorialException("No published revision " + revisionId + " of " + slug));
        Resource doc = kind.resource(slug);
        Optional<EditorialRevision> open = revision(slug);
        if (open.isPresent() && open.get().state() == EditorialState.IN_REVIEW) {
            throw new EditorialException("The revision of " + slug + " is in-review, not draft");
        }
        boolean drafting = open.isPresent() && open.get().state() == EditorialState.DRAFT;
        Model base = drafting ? draft(slug) : startingText(slug);
        Model content = withOwned(base, target.text().get(), doc);
        checkSubjects(slug, content);
        Model provenance = history.reverted(editor, doc, home(slug) == MuseumGraph.RESTRICTED, why.strip(), revisionId);
        List<Resource> comments = drafting ? List.of() : drafts.oldComments(slug);
        graph.write(writer -> {
            if (drafting) {
                drafts.rewrite(writer, slug, content, editor);
            } else {
                drafts.open(writer, slug, content, editor, comments);
            }
            writer.add(MuseumGraph.AUDIT, provenance);
        });
        return revision(slug).orElseThrow();
    }

    /** {@code base} with its owned part replaced by that of {@code text}. */
    private Model withOwned(Model base, Model text, Resource doc) {
        Model result = ModelFactory.createDefaultModel().add(base);
        result.remove(kind.owned(base, doc));
        result.add(kind.owned(text, doc));
        return result;
    }

    /** The document's publications, archivings and reverts recorded in the audit graph, oldest first. */
    public List<HistoryEntry> history(String slug) {
        return history.of(slug);
    }

    /** The revision of a document in the drafts graph, if one was ever opened. */
    public Optional<EditorialRevision> revision(String slug) {
        return drafts.revision(slug);
    }

    /**
     * The graph the document's published text lives in: the restricted graph for a
     * community-restricted knowledge record (published, archived or only drafted), else the public one.
     */
    public MuseumGraph home(String slug) {
        if (kind != EditorialKind.KNOWLEDGE) {
            return MuseumGraph.PUBLIC;
        }
        Resource doc = kind.resource(slug);
        if (!describe(MuseumGraph.RESTRICTED, doc).isEmpty()) {
            return MuseumGraph.RESTRICTED;
        }
        if (!describe(MuseumGraph.PUBLIC, doc).isEmpty()) {
            return MuseumGraph.PUBLIC;
        }
        Model draft = draft(slug);
        return draft.contains(doc, MuseumVocab.ACCESS_LEVEL, MuseumVocab.ACCESS_PUBLIC) ? MuseumGraph.PUBLIC : MuseumGraph.RESTRICTED;
    }

    /**
     * The ethnic group of a knowledge record, which decides which keepers may read and write it:
     * as its graph says, else as its draft says; empty for other kinds.
     */
    public String ethnicGroup(String slug) {
        if (kind != EditorialKind.KNOWLEDGE) {
            return "";
        }
        Resource doc = kind.resource(slug);
        for (MuseumGraph from : List.of(home(slug), MuseumGraph.DRAFTS)) {
            Statement group = describe(from, doc).getResource(doc.getURI()).getProperty(MuseumVocab.ETHNIC_GROUP);
            if (group != null) {
                return group.getString();
            }
        }
        return "";
    }

    /** True when the account may read the document at all: anyone for a public text, keepers and reviewers for a restricted record. */
    public boolean mayRead(Editor editor, String slug) {
        return home(slug) == MuseumGraph.PUBLIC || kind.mayPublish(editor, ethnicGroup(slug));
    }

    public boolean mayWrite(Editor editor, String slug) {
        return kind.mayWrite(editor, ethnicGroup(slug));
    }

    public boolean mayPublish(Editor editor, String slug) {
        return kind.mayPublish(editor, ethnicGroup(slug));
    }

    private void move(Editor editor, String slug, EditorialState from, EditorialState to) {
        expect(slug, from);
        if (!from.canMoveTo(to)) {
            throw new EditorialException("No move from " + from.code() + " to " + to.code());
        }
        graph.write(writer -> drafts.setState(writer, slug, to, editor));
    }

    private void expect(String slug, EditorialState expected) {
        EditorialState actual = revision(slug).map(EditorialRevision::state)
                .orElseThrow(() -> new EditorialException("No revision of " + slug));
        if (actual != expected) {
            throw new EditorialException("The revision of " + slug + " is " + actual.code() + ", not " + expected.code());
        }
    }

    private void requireWriter(Editor editor, String slug) {
        if (!mayWrite(editor, slug)) {
            throw new EditorialException(editor.username() + " is not a " + kind.writerRole());
        }
    }

    private void requirePublisher(Editor editor, String slug) {
        if (!mayPublish(editor, slug)) {
            throw new EditorialException(editor.username() + " is not a " + kind.publisherRole());
        }
    }

    private Model describe(MuseumGraph from, Resource doc) {
        return graph.construct(from, DESCRIBE, Map.of("doc", doc));
    }
}
