package vn.laocai.museum.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Queries;

/**
 * Reads the facet values of documents from the public graph with {@code queries/search-facets.rq}:
 * all of them at once for a rebuild, or those of one document for an update.
 */
final class FacetValues {

    private final GraphStore store;

    FacetValues(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The facet values of every public document, by IRI. */
    Map<String, List<SearchDocument.Facet>> all() {
        return read(Map.of());
    }

    /** The facet values of one document. */
    List<SearchDocument.Facet> of(String iri) {
        return read(Map.of("doc", ResourceFactory.createResource(iri))).getOrDefault(iri, List.of());
    }

    private Map<String, List<SearchDocument.Facet>> read(Map<String, RDFNode> bindings) {
        Map<String, List<SearchDocument.Facet>> byDocument = new HashMap<>();
        List<QuerySolution> rows = store.select(MuseumGraph.PUBLIC, Queries.load(FacetValues.class, "search-facets"), bindings);
        for (QuerySolution row : rows) {
            String iri = bindings.containsKey("doc") ? bindings.get("doc").asResource().getURI() : row.getResource("doc").getURI();
            String value = row.getLiteral("value").getLexicalForm().strip();
            SearchFacet.ofKey(row.getLiteral("facet").getLexicalForm())
                    .filter(facet -> !value.isEmpty())
                    .ifPresent(facet -> byDocument.computeIfAbsent(iri, unused -> new ArrayList<>())
                            .add(new SearchDocument.Facet(facet, value)));
        }
        return byDocument;
    }
}
