package vn.laocai.museum.app.sector;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Queries;

/**
 * Which records of the public pages come from staff corrections, and the day staff last saved
 * each: what the trace page and the dashboard mark "updated by staff on …". Only the day leaves
 * this class — never who saved it, which stays in the audit log for admins.
 *
 * <pre>{@code
 * new StaffEdits(store).newest(List.of(areaIri)).map(StaffEdits.Edit::day);   // Optional[2026-11-29]; empty: not edited by staff
 * }</pre>
 */
public final class StaffEdits {

    /** The museum's day: a save at 23:30 UTC is the next day in Lào Cai. */
    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final GraphStore store;

    public StaffEdits(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * A record staff entered or corrected.
     *
     * @param day the day of its last save, or null when no save in the audit log names it (one
     *            written before saves named their records)
     */
    public record Edit(String record, LocalDate day) {

        public Edit {
            Objects.requireNonNull(record, "record");
        }
    }

    /** Of these records, those staff entered or corrected (they are in the staff graph), in the order given. */
    public List<Edit> of(Collection<String> iris) {
        if (iris.isEmpty()) {
            return List.of();
        }
        Set<String> staff = store.select(MuseumGraph.STAFF, Queries.load(StaffEdits.class, "staff-records"), Map.of()).stream()
                .map(row -> row.getResource("record").getURI()).collect(Collectors.toSet());
        return iris.stream().filter(staff::contains).distinct().map(iri -> new Edit(iri, lastSave(iri).orElse(null))).toList();
    }

    /** The most recently saved of these records that staff edited; empty when staff edited none of them. */
    public Optional<Edit> newest(Collection<String> iris) {
        return of(iris).stream().max(Comparator.comparing(Edit::day, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private Optional<LocalDate> lastSave(String iri) {
        QuerySolution row = store.select(MuseumGraph.AUDIT, Queries.load(StaffEdits.class, "last-staff-save"),
                Map.of("record", ResourceFactory.createResource(iri))).stream().findFirst().orElse(null);
        if (row == null || !row.contains("last")) {
            return Optional.empty();
        }
        return Optional.of(Instant.parse(row.getLiteral("last").getLexicalForm()).atZone(PROVINCE).toLocalDate());
    }
}
