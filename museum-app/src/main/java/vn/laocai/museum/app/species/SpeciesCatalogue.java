package vn.laocai.museum.app.species;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.Localized;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesSummary;
import vn.laocai.museum.search.DocumentFacets;
import vn.laocai.museum.search.SearchFacet;

/**
 * Every public species with what visitors browse by — family, parts used, conservation lists,
 * ethnic groups — in the reader's alphabetical order (ICU collation: "Đương quy" after every
 * "D…"), filtered and paged for the catalogue, grouped by letter for the kiosk's A–Z.
 *
 * <pre>{@code
 * SpeciesCatalogue catalogue = SpeciesCatalogue.read(species, facets, SiteLanguage.VIETNAMESE);
 * catalogue.page(new SpeciesCatalogue.Filter(null, "root", null, null), 0, 20);
 * }</pre>
 */
public final class SpeciesCatalogue {

    /** One species and its browsing values (codes: part "root", list "nd-84-2021"). */
    public record Entry(Localized<SpeciesSummary> species, List<String> parts, List<String> lists, List<String> ethnicGroups) {

        public SpeciesSummary summary() {
            return species.value();
        }

        public String family() {
            return species.value().family();
        }
    }

    /** What to keep: each set criterion must hold; null or blank means any. */
    public record Filter(String family, String part, String conservation, String ethnicGroup) {

        public static final Filter ANY = new Filter(null, null, null, null);

        boolean matches(Entry entry) {
            return (blank(family) || family.equals(entry.family()))
                    && (blank(part) || entry.parts().contains(part))
                    && (blank(conservation) || entry.lists().contains(conservation))
                    && (blank(ethnicGroup) || entry.ethnicGroups().contains(ethnicGroup));
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    private final List<Entry> entries;
    private final Locale reader;

    private SpeciesCatalogue(List<Entry> entries, Locale reader) {
        this.entries = entries;
        this.reader = reader;
    }

    /** Reads the species and their facet values from the public graph. */
    public static SpeciesCatalogue read(SpeciesCatalog catalog, DocumentFacets facets, Locale reader) {
        Locale language = SiteLanguage.supported(reader);
        Map<String, Map<SearchFacet, List<String>>> values = facets.all();
        Comparator<String> order = ContentLanguage.collator(language)::compare;
        List<Entry> entries = ContentLanguage.speciesList(catalog, language).stream()
                .map(species -> {
                    Map<SearchFacet, List<String>> own = values.getOrDefault(species.value().iri(), Map.of());
                    return new Entry(species, own.getOrDefault(SearchFacet.PART, List.of()),
                            own.getOrDefault(SearchFacet.CONSERVATION, List.of()).stream().filter(code -> !code.equals("not-listed")).toList(),
                            own.getOrDefault(SearchFacet.ETHNIC_GROUP, List.of()));
                })
                .sorted(Comparator.comparing((Entry entry) -> entry.summary().title(), order))
                .toList();
        return new SpeciesCatalogue(entries, language);
    }

    /** Every species, alphabetically. */
    public List<Entry> all() {
        return entries;
    }

    /** The strategic herbs of the provincial plan, in the plan's order. */
    public List<Entry> strategic() {
        return entries.stream().filter(entry -> entry.summary().strategicRank() != null)
                .sorted(Comparator.comparing(entry -> entry.summary().strategicRank())).toList();
    }

    public List<Entry> filtered(Filter filter) {
        Objects.requireNonNull(filter, "filter");
        return entries.stream().filter(filter::matches).toList();
    }

    /** One page of the filtered species: what a lazy grid or list asks for as it scrolls. */
    public List<Entry> page(Filter filter, int offset, int limit) {
        return filtered(filter).stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    public int count(Filter filter) {
        return filtered(filter).size();
    }

    /** The values of one criterion among all species with how many have each, alphabetically. */
    public Map<String, Long> values(Function<Entry, List<String>> criterion) {
        Map<String, Long> counts = new java.util.TreeMap<>(ContentLanguage.collator(reader)::compare);
        entries.forEach(entry -> criterion.apply(entry).forEach(value -> counts.merge(value, 1L, Long::sum)));
        return counts;
    }

    /** The species under the letters of the reader's alphabet (Vietnamese: A, Ă, Â, B … Đ …), empty letters left out. */
    public Map<String, List<Entry>> byLetter() {
        AlphabeticIndex<Entry> index = new AlphabeticIndex<>(ULocale.forLocale(reader));
        entries.forEach(entry -> index.addRecord(entry.summary().title(), entry));
        Map<String, List<Entry>> letters = new LinkedHashMap<>();
        for (AlphabeticIndex.Bucket<Entry> bucket : index) {
            if (bucket.size() > 0) {
                List<Entry> inBucket = new java.util.ArrayList<>();
                bucket.forEach(record -> inBucket.add(record.getData()));
                letters.put(bucket.getLabel(), inBucket);
            }
        }
        return letters;
    }
}
