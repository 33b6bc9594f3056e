package vn.laocai.museum.app.curation.editorial;

import java.io.StringWriter;
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
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The audit graph's record of a kind's documents as PROV-O: every publication, archiving and revert
 * is an activity (who, when, which step, why) that generated a revision entity of the document; a
 * publication keeps the text it published, as N-Triples, for the history's comparisons and reverts.
 * {@link EditorialWorkflow} writes these records in the same transaction as the step they record.
 */
final class EditorialHistory {

    static final Property REVISION_OF = ResourceFactory.createProperty(AuditLog.PROV, "wasRevisionOf");
    static final Property GENERATED_BY = ResourceFactory.createProperty(AuditLog.PROV, "wasGeneratedBy");
    static final Property DERIVED_FROM = ResourceFactory.createProperty(AuditLog.PROV, "wasDerivedFrom");
    static final Property ASSOCIATED = ResourceFactory.createProperty(AuditLog.PROV, "wasAssociatedWith");
    static final Property STARTED = ResourceFactory.createProperty(AuditLog.PROV, "startedAtTime");
    static final Property ACTION = ResourceFactory.createProperty(MuseumVocab.HERB, "auditAction");
    static final Resource ENTITY = ResourceFactory.createResource(AuditLog.PROV + "Entity");
    static final Resource ACTIVITY = ResourceFactory.createResource(AuditLog.PROV + "Activity");
    static final Resource AGENT = ResourceFactory.createResource(AuditLog.PROV + "Agent");
    /** The published text of a revision, as N-Triples, kept with its PROV-O entity for the history's diffs and reverts. */
    static final Property SNAPSHOT = ResourceFactory.createProperty(MuseumVocab.HERB, "revisionSnapshot");
    private static final Query HISTORY = QueryFactory.create("""
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?revision ?action ?time ?who ?snapshot ?why WHERE {
              ?revision prov:wasRevisionOf ?doc ; prov:wasGeneratedBy ?activity .
              ?activity <https://w3id.org/laocai-herbs/ns#auditAction> ?action ; prov:startedAtTime ?time ;
                        prov:wasAssociatedWith/<http://www.w3.org/2000/01/rdf-schema#label> ?who .
              OPTIONAL { ?revision <https://w3id.org/laocai-herbs/ns#revisionSnapshot> ?snapshot }
              OPTIONAL { ?activity <http://www.w3.org/2000/01/rdf-schema#comment> ?why } }""");

    private final EditorialKind kind;
    private final GraphStore graph;
    private final Clock clock;

    EditorialHistory(EditorialKind kind, GraphStore graph, Clock clock) {
        this.kind = kind;
        this.graph = graph;
        this.clock = clock;
    }

    /** The document's publications, archivings and reverts recorded in the audit graph, oldest first. */
    List<HistoryEntry> of(String slug) {
        return graph.select(MuseumGraph.AUDIT, HISTORY, Map.of("doc", kind.resource(slug))).stream().map(row -> {
            Optional<Model> text = Optional.ofNullable(row.getLiteral("snapshot")).map(literal -> {
                Model model = ModelFactory.createDefaultModel();
                RDFParser.fromString(literal.getString(), Lang.NTRIPLES).parse(model);
                return model;
            });
            return new HistoryEntry(row.getResource("revision").getURI(), row.getLiteral("action").getString(),
                    row.getLiteral("who").getString(), Instant.parse(row.getLiteral("time").getLexicalForm()), text,
                    row.contains("why") ? row.getLiteral("why").getString() : "");
        }).sorted(Comparator.comparing(HistoryEntry::time).thenComparing(HistoryEntry::id)).toList();
    }

    /** A publication: the step, and the text it published kept with its revision. */
    Model published(EditorialWorkflow.Editor editor, Resource doc, boolean restricted, Model text) {
        Model record = step(editor, doc, "published", null, restricted);
        StringWriter ntriples = new StringWriter();
        RDFDataMgr.write(ntriples, text, Lang.NTRIPLES);
        record.listSubjectsWithProperty(REVISION_OF).forEach(revision -> revision.addProperty(SNAPSHOT, ntriples.toString()));
        return record;
    }

    /** A revert: the step with its reason, and the revision it went back to. */
    Model reverted(EditorialWorkflow.Editor editor, Resource doc, boolean restricted, String why, String revisionId) {
        Model record = step(editor, doc, "reverted", why, restricted);
        record.listSubjectsWithProperty(REVISION_OF)
                .forEach(revision -> revision.addProperty(DERIVED_FROM, ResourceFactory.createResource(revisionId)));
        return record;
    }

    /**
     * A PROV-O activity (who, when, which step, why) and the revision entity it generated.
     *
     * @param restricted true for a community-restricted record, whose IRI the admins' audit log must not show
     */
    Model step(EditorialWorkflow.Editor editor, Resource doc, String step, String why, boolean restricted) {
        Model model = ModelFactory.createDefaultModel();
        Resource activity = model.createResource(MuseumVocab.ID + "audit/" + UUID.randomUUID())
                .addProperty(RDF.type, ACTIVITY)
                .addProperty(ACTION, kind.code() + "-" + step)
                .addLiteral(STARTED, model.createTypedLiteral(clock.instant().toString(), XSDDatatype.XSDdateTime))
                .addProperty(ASSOCIATED, model.createResource().addProperty(RDF.type, AGENT).addProperty(RDFS.label, editor.username()))
                // The admins' audit log shows this line; a restricted record's slug is not theirs to read.
                .addProperty(DCTerms.description, kind.code() + " " + (restricted ? "(restricted record)" : doc.getURI()));
        if (why != null) {
            activity.addProperty(RDFS.comment, why);
        }
        model.createResource(MuseumVocab.ID + "revision/" + UUID.randomUUID())
                .addProperty(RDF.type, ENTITY)
                .addProperty(REVISION_OF, doc)
                .addProperty(GENERATED_BY, activity);
        return model;
    }
}
