package vn.laocai.museum.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.laocai.museum.ontology.GraphStore;

/**
 * The facet values of every public document (family, parts used, ethnic groups, conservation lists
 * …), read from the graph with the same query the search index is built from, so a browsing page
 * and the search facets never disagree.
 *
 * <pre>{@code
 * new DocumentFacets(store).all().get(speciesIri).get(SearchFacet.PART);   // ["root", "rhizome"]
 * }</pre>
 */
public final class DocumentFacets {

    private final FacetValues values;

    public DocumentFacets(GraphStore store) {
        this.values = new FacetValues(Objects.requireNonNull(store, "store"));
    }

    /** Every public document's facet values, by IRI; values of one facet in the order of their code. */
    public Map<String, Map<SearchFacet, List<String>>> all() {
        Map<String, Map<SearchFacet, List<String>>> byDocument = new TreeMap<>();
        values.all().forEach((iri, facets) -> {
            Map<SearchFacet, List<String>> grouped = new EnumMap<>(SearchFacet.class);
            facets.forEach(facet -> grouped.computeIfAbsent(facet.facet(), unused -> new java.util.ArrayList<>()).add(facet.value()));
            grouped.replaceAll((facet, list) -> list.stream().distinct().sorted().toList());
            byDocument.put(iri, grouped);
        });
        return byDocument;
    }
}
