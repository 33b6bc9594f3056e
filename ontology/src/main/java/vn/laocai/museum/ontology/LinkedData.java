package vn.laocai.museum.ontology;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * What the museum says about one resource, for linked-data clients: its description from the
 * public graph, or nothing if the public graph does not know it.
 *
 * <pre>{@code
 * Optional<Model> rdf = new LinkedData(store).describe(MuseumVocab.speciesIri("panax-notoginseng"));
 * }</pre>
 */
public final class LinkedData {

    private final GraphStore store;

    public LinkedData(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public Optional<Model> describe(String iri) {
        Objects.requireNonNull(iri, "iri");
        Model model = store.construct(MuseumGraph.PUBLIC, Queries.named("describe"),
                Map.of("resource", ResourceFactory.createResource(iri)));
        if (model.isEmpty()) {
            return Optional.empty();
        }
        model.setNsPrefix("dwc", MuseumVocab.DWC);
        model.setNsPrefix("schema", MuseumVocab.SCHEMA);
        model.setNsPrefix("skosxl", MuseumVocab.SKOSXL);
        model.setNsPrefix("dct", MuseumVocab.DCT);
        model.setNsPrefix("herb", MuseumVocab.HERB);
        model.setNsPrefix("species", MuseumVocab.ID + "species/");
        return Optional.of(model);
    }
}
