package vn.laocai.museum.app.trace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a trace code leads to: the lot, its processing steps (newest first), the harvest, the growing
 * area and species, and the certifications of the area that were valid on the harvest day.
 */
public record TraceChain(Lot lot, List<Step> steps, Harvest harvest, List<Certification> certificationsAtHarvest) {

    public TraceChain {
        Objects.requireNonNull(lot, "lot");
        steps = List.copyOf(steps);
        Objects.requireNonNull(harvest, "harvest");
        certificationsAtHarvest = List.copyOf(certificationsAtHarvest);
    }

    /** True when any part of the chain is sample data: pages then say so. */
    public boolean sample() {
        return lot.sample();
    }

    public record Lot(String iri, DigitalLink code, String name, boolean revoked, String note, Double quantityKg,
            boolean sample, String productName, Integer ocopStars) {}

    /** An activity of the chain: a processing step, or the harvest. */
    public record Step(String iri, OffsetDateTime time, String placeIri, String placeName, String method, String agent,
            Double quantityKg, String inputIri, String commune, String formerDistrict, CurrentCommune current) {}

    /** The commune or ward a step's commune has been part of since 1 July 2025; {@code verified} false when only a secondary source gives it. */
    public record CurrentCommune(String name, boolean ward, boolean verified) {}

    public record Harvest(Step activity, String areaIri, String areaCode, Double areaHa, boolean underCanopy,
            String speciesSlug, String speciesTitle, String scientificName, String part) {}

    public record Certification(String iri, String scheme, String number, LocalDate validFrom, LocalDate expires, boolean active) {

        boolean validOn(LocalDate day) {
            return active && !day.isBefore(validFrom) && !day.isAfter(expires);
        }
    }
}
