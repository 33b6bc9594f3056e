package vn.laocai.museum.ontology;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Reads species from the public graph. Texts come in the asked language; lists are sorted in that
 * language's alphabetical order (ICU collation, so "Đương quy" sorts after "Dâm dương hoắc").
 *
 * <pre>{@code
 * SpeciesCatalog catalog = new SpeciesCatalog(store);
 * catalog.find("panax-notoginseng", "vi").map(SpeciesDetail::summary).map(SpeciesSummary::title);
 * }</pre>
 */
public final class SpeciesCatalog {

    /** Species pages and lists are read on every visit and change only when the graph is written. */
    private static final int CACHED_PAGES = 1_000;

    private final GraphStore store;
    private final PublicReadCache<List<String>, Optional<SpeciesDetail>> details;
    private final PublicReadCache<String, List<SpeciesSummary>> lists;

    public SpeciesCatalog(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.details = new PublicReadCache<>(store, CACHED_PAGES);
        this.lists = new PublicReadCache<>(store, 16);
    }

    /** All public species, strategic herbs first (in their plan order), then alphabetically. */
    public List<SpeciesSummary> list(String language) {
        return lists.get(Objects.requireNonNull(language, "language"), () -> read(language));
    }

    private List<SpeciesSummary> read(String language) {
        Collator collator = Collator.getInstance(ULocale.forLanguageTag(language));
        Comparator<SpeciesSummary> order = Comparator
                .comparing((SpeciesSummary s) -> s.strategicRank() == null ? Integer.MAX_VALUE : s.strategicRank())
                .thenComparing(SpeciesSummary::title, collator::compare);
        return store.select(MuseumGraph.PUBLIC, Queries.named("species-list"), Map.of("lang", QueryRows.language(language)))
                .stream()
                .map(row -> summary(row.getResource("species").getURI(), row))
                .sorted(order)
                .toList();
    }

    /** One species by its slug, or empty if no public species has it. */
    public Optional<SpeciesDetail> find(String slug, String language) {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(language, "language");
        return details.get(List.of(slug, language), () -> read(slug, language));
    }

    private Optional<SpeciesDetail> read(String slug, String language) {
        RDFNode species = ResourceFactory.createResource(MuseumVocab.speciesIri(slug));
        Map<String, RDFNode> bindings = Map.of("species", species, "lang", QueryRows.language(language));
        List<QuerySolution> rows = store.select(MuseumGraph.PUBLIC, Queries.named("species-detail"), bindings);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        QuerySolution row = rows.getFirst();
        return Optional.of(new SpeciesDetail(
                summary(species.asResource().getURI(), row),
                QueryRows.text(row, "authorship"),
                QueryRows.text(row, "narrative"),
                names(bindings),
                notes(bindings),
                images(bindings),
                models(bindings)));
    }

    private List<TaxonName> names(Map<String, RDFNode> bindings) {
        return store.select(MuseumGraph.PUBLIC, Queries.named("species-names"), bindings).stream()
                .map(row -> {
                    Literal form = row.getLiteral("form");
                    return new TaxonName(form.getLexicalForm(), form.getLanguage(), QueryRows.text(row, "status"),
                            row.getLiteral("preferred").getBoolean(), QueryRows.flag(row, "verified"));
                })
                .toList();
    }

    private List<SpeciesNote> notes(Map<String, RDFNode> bindings) {
        return store.select(MuseumGraph.PUBLIC, Queries.named("species-statements"), bindings).stream()
                .map(row -> new SpeciesNote(kind(row.getResource("kind").getLocalName()), QueryRows.text(row, "text"),
                        QueryRows.flag(row, "verified")))
                .toList();
    }

    private List<SpeciesImage> images(Map<String, RDFNode> bindings) {
        return store.select(MuseumGraph.PUBLIC, Queries.named("species-images"), bindings).stream()
                .map(row -> new SpeciesImage(QueryRows.text(row, "key"), QueryRows.text(row, "thumbnail"),
                        QueryRows.text(row, "large"), QueryRows.text(row, "caption"), QueryRows.text(row, "creator"),
                        QueryRows.text(row, "licence"), placeholder(row)))
                .toList();
    }

    private List<SpeciesModel> models(Map<String, RDFNode> bindings) {
        return store.select(MuseumGraph.PUBLIC, Queries.named("species-models"), bindings).stream().map(SpeciesModel::of).toList();
    }

    private static boolean placeholder(QuerySolution row) {
        return row.contains("placeholder") && row.getLiteral("placeholder").getBoolean();
    }

    private static SpeciesSummary summary(String iri, QuerySolution row) {
        Literal rank = row.getLiteral("strategicRank");
        return new SpeciesSummary(iri, QueryRows.text(row, "slug"), QueryRows.text(row, "title"), QueryRows.text(row, "scientificName"),
                QueryRows.text(row, "family"), QueryRows.text(row, "summary"), rank == null ? null : rank.getInt(),
                row.contains("imageKey") ? QueryRows.text(row, "imageKey") : null);
    }

    private static SpeciesNote.Kind kind(String localName) {
        return switch (localName) {
            case "traditionalUse" -> SpeciesNote.Kind.USE;
            case "safetyNote" -> SpeciesNote.Kind.SAFETY;
            default -> SpeciesNote.Kind.CULTIVATION;
        };
    }
}
