package vn.laocai.museum.search;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Vocabulary;

/**
 * The label of a facet value in Vietnamese or English, from the museum's vocabulary where it has
 * one (plant parts, use categories, kinds of resource, geographical indication); otherwise the value itself, which
 * for families, communes, districts and ethnic groups is already a name.
 */
final class FacetLabels {

    /** The vocabulary has no term for 3D models yet (they are schema:3DModel), so their label lives here. */
    private static final Map<String, String> MODEL_3D = Map.of("vi", "có mô hình 3D", "en", "3D model");

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    String label(SearchFacet facet, String value, String language) {
        return cache.computeIfAbsent(facet.key() + '\u001f' + value + '\u001f' + language,
                unused -> lookUp(facet, value, language).orElse(value));
    }

    private static Optional<String> lookUp(SearchFacet facet, String value, String language) {
        return switch (facet) {
            case PART -> vocabularyLabel(MuseumVocab.HERB + "part-" + value, language);
            case USE -> vocabularyLabel(MuseumVocab.HERB + "use-" + value, language);
            case HAS_GI -> vocabularyLabel(MuseumVocab.HERB + "geographicalIndications", language);
            case HAS_3D -> Optional.ofNullable(MODEL_3D.get(language));
            case TYPE -> typeLabel(value, language);
            default -> Optional.empty();
        };
    }

    private static Optional<String> typeLabel(String value, String language) {
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.name().equalsIgnoreCase(value)) {
                // Species are dwc:Taxon, which our vocabulary does not label; herb:species names them.
                String term = kind == DocumentKind.SPECIES ? MuseumVocab.HERB + "species" : kind.type().getURI();
                return vocabularyLabel(term, language);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> vocabularyLabel(String iri, String language) {
        Resource term = Vocabulary.model().getResource(iri);
        Statement label = term.getProperty(RDFS.label, language);
        return Optional.ofNullable(label).map(Statement::getString);
    }
}
