package vn.laocai.museum.app.curation.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The record of who did what: logins, logouts and account changes, as PROV-O activities in the
 * audit graph, which no public read ever sees.
 *
 * <p>An entry is a {@code prov:Activity} whose {@code herb:auditAction} names what happened ({@code login-failed} …),
 * with {@code prov:startedAtTime}, {@code prov:wasAssociatedWith} an agent named by its account
 * ({@code rdfs:label}), {@code prov:used} the account acted upon, the client's address and a
 * {@code dct:description} of what changed.
 *
 * <pre>{@code
 * audit.record(new AuditEvent(clock.instant(), AuditAction.LOGOUT, "lan", "", "203.0.113.9", ""));
 * List<AuditEvent> latest = audit.latest(100);
 * }</pre>
 */
public final class AuditLog implements AuditRecorder {

    public static final String PROV = "http://www.w3.org/ns/prov#";
    static final Resource ACTIVITY = ResourceFactory.createResource(PROV + "Activity");
    static final Resource AGENT = ResourceFactory.createResource(PROV + "Agent");
    static final org.apache.jena.rdf.model.Property STARTED = ResourceFactory.createProperty(PROV, "startedAtTime");
    static final org.apache.jena.rdf.model.Property ASSOCIATED = ResourceFactory.createProperty(PROV, "wasAssociatedWith");
    static final org.apache.jena.rdf.model.Property USED = ResourceFactory.createProperty(PROV, "used");
    static final org.apache.jena.rdf.model.Property ADDRESS = ResourceFactory.createProperty(MuseumVocab.HERB, "clientAddress");
    static final org.apache.jena.rdf.model.Property ACTION = ResourceFactory.createProperty(MuseumVocab.HERB, "auditAction");

    private static final Query LATEST = read("audit-events.rq");

    private final GraphStore graph;

    public AuditLog(GraphStore graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    @Override
    public void record(AuditEvent event) {
        Model model = entry(event).getModel();
        graph.write(writer -> writer.add(MuseumGraph.AUDIT, model));
    }

    /**
     * The entry of an event as a PROV-O activity in a model of its own, for a change that writes its
     * entry into the audit graph in the same transaction as the data it records, so neither lands
     * without the other. The caller may say more of it ({@code prov:generated} the records written).
     */
    public static Resource entry(AuditEvent event) {
        Model model = ModelFactory.createDefaultModel();
        Resource entry = model.createResource(MuseumVocab.ID + "audit/" + UUID.randomUUID())
                .addProperty(RDF.type, ACTIVITY)
                .addProperty(ACTION, event.action().code())
                .addLiteral(STARTED, model.createTypedLiteral(event.time().toString(), XSDDatatype.XSDdateTime));
        if (!event.actor().isEmpty()) {
            entry.addProperty(ASSOCIATED, model.createResource().addProperty(RDF.type, AGENT).addProperty(RDFS.label, event.actor()));
        }
        if (!event.subject().isEmpty()) {
            entry.addProperty(USED, model.createResource().addProperty(RDF.type, AGENT).addProperty(RDFS.label, event.subject()));
        }
        if (!event.address().isEmpty()) {
            entry.addProperty(ADDRESS, event.address());
        }
        if (!event.detail().isEmpty()) {
            entry.addProperty(DCTerms.description, event.detail());
        }
        return entry;
    }

    /** The most recent entries, newest first. */
    public List<AuditEvent> latest(int limit) {
        Query query = LATEST.cloneQuery();
        query.setLimit(limit);
        return graph.select(MuseumGraph.AUDIT, query, Map.of()).stream()
                .flatMap(row -> AuditAction.ofCode(text(row, "action")).map(action -> new AuditEvent(
                        Instant.parse(text(row, "time")), action, text(row, "actor"), text(row, "subject"),
                        text(row, "address"), text(row, "detail"))).stream())
                .toList();
    }

    private static String text(QuerySolution row, String name) {
        return row.contains(name) ? row.getLiteral(name).getLexicalForm() : "";
    }

    private static Query read(String name) {
        try (InputStream in = AuditLog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing query " + name);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
