package vn.laocai.museum.app.trace;

import com.google.gson.GsonBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lot's trace events as a GS1 EPCIS 2.0 JSON-LD document: the harvest as an {@code ObjectEvent}
 * (bizStep {@code commissioning}) at its growing area, each processing step as a
 * {@code TransformationEvent} (bizStep {@code creating_class_instance}) at its facility, from the
 * step before to the step after; herbs are handled by weight, so every event carries a
 * {@code quantityList}, and the last output is the lot itself under its GS1 Digital Link URI.
 *
 * <pre>{@code
 * String json = EpcisDocument.of(chain, clock.instant()).json();
 * }</pre>
 */
public record EpcisDocument(Map<String, Object> document) {

    static final String CONTEXT = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld";
    /** The lot's identifier in the events: its Digital Link URI on GS1's resolver. */
    static final String RESOLVER = "https://id.gs1.org";

    public static EpcisDocument of(TraceChain chain, Instant created) {
        List<Map<String, Object>> events = new ArrayList<>();
        TraceChain.Harvest harvest = chain.harvest();
        TraceChain.Step picked = harvest.activity();
        Map<String, Object> harvestEvent = event("ObjectEvent", picked);
        harvestEvent.put("action", "ADD");
        harvestEvent.put("bizStep", "commissioning");
        harvestEvent.put("disposition", "active");
        harvestEvent.put("quantityList", List.of(quantity(output(picked), picked.quantityKg())));
        harvestEvent.put("readPoint", Map.of("id", harvest.areaIri()));
        harvestEvent.put("bizLocation", Map.of("id", harvest.areaIri()));
        harvestEvent.put("herb:growingAreaCode", harvest.areaCode());
        harvestEvent.put("herb:species", harvest.scientificName());
        events.add(harvestEvent);
        List<TraceChain.Step> steps = chain.steps().stream().sorted(Comparator.comparing(TraceChain.Step::time)).toList();
        for (int i = 0; i < steps.size(); i++) {
            TraceChain.Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            TraceChain.Step before = i == 0 ? picked : steps.get(i - 1);
            Map<String, Object> event = event("TransformationEvent", step);
            event.put("bizStep", "creating_class_instance");
            event.put("inputQuantityList", List.of(quantity(output(before), before.quantityKg())));
            String made = last ? RESOLVER + chain.lot().code().path() : output(step);
            event.put("outputQuantityList", List.of(quantity(made, last && chain.lot().quantityKg() != null
                    ? chain.lot().quantityKg() : step.quantityKg())));
            event.put("readPoint", Map.of("id", step.placeIri()));
            event.put("bizLocation", Map.of("id", step.placeIri()));
            events.add(event);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of(CONTEXT, Map.of("herb", "https://w3id.org/laocai-herbs/ns#")));
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", created.toString());
        document.put("herb:sampleData", chain.sample());
        document.put("epcisBody", Map.of("eventList", events));
        return new EpcisDocument(document);
    }

    public String json() {
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(document);
    }

    private static Map<String, Object> event(String type, TraceChain.Step step) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("eventID", step.iri());
        event.put("eventTime", step.time().toString());
        event.put("eventTimeZoneOffset", step.time().getOffset().getId().equals("Z") ? "+00:00" : step.time().getOffset().getId());
        return event;
    }

    /** What an activity produced, as a class-level identifier: herbs in bulk carry no serial numbers. */
    private static String output(TraceChain.Step step) {
        return step.iri() + "#output";
    }

    private static Map<String, Object> quantity(String epcClass, Double kg) {
        Map<String, Object> quantity = new LinkedHashMap<>();
        quantity.put("epcClass", epcClass);
        quantity.put("quantity", kg == null ? 0 : kg);
        quantity.put("uom", "KGM");
        return quantity;
    }

}
