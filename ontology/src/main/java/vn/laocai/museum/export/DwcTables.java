package vn.laocai.museum.export;

import static vn.laocai.museum.export.DwcTerms.dc;
import static vn.laocai.museum.export.DwcTerms.dwc;
import static vn.laocai.museum.export.DwcTerms.gbif;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;

/**
 * Reads the five tables of the Darwin Core Archive from the public graph. Queries return one row
 * per value of a many-valued field (communes, cited sources); rows are folded back into one record
 * here, in the order the queries sort them.
 */
final class DwcTables {

    static final String UNVERIFIED_SYNONYM = "Synonymy not yet verified against a taxonomic authority.";
    static final String PLACEHOLDER_NOTE = "Generated placeholder picture, not a photograph of the plant.";
    private static final Comparator<Object> VIETNAMESE = Collator.getInstance(ULocale.forLanguageTag("vi"));

    private final ExportQueries queries;
    private final String baseUrl;

    DwcTables(ExportQueries queries, String baseUrl) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    List<DwcTable> all() {
        return List.of(taxa(), vernacularNames(), distribution(), descriptions(), multimedia());
    }

    /**
     * One row per accepted taxon, then one per synonym ({@code taxonomicStatus} "synonym", its
     * {@code acceptedNameUsageID} the accepted taxon; {@code taxonRemarks} says when the synonymy is
     * not yet verified).
     */
    DwcTable taxa() {
        List<String> terms = List.of(DwcTerms.TAXON_ID, dwc("scientificName"), dwc("scientificNameAuthorship"),
                dwc("family"), dwc("taxonRank"), dwc("taxonomicStatus"), dwc("acceptedNameUsageID"), dc("references"),
                dwc("taxonRemarks"));
        List<List<String>> rows = new ArrayList<>();
        queries.select("dwc-taxa").forEach(row -> rows.add(List.of(Rows.text(row, "species"),
                Rows.text(row, "scientificName"), Rows.text(row, "authorship"), Rows.text(row, "family"),
                Rows.text(row, "rank"), "accepted", "",
                Rows.text(row, "slug").isEmpty() ? "" : baseUrl + "/species/" + Rows.text(row, "slug"), "")));
        queries.select("dwc-synonyms").forEach(row -> rows.add(List.of(Rows.text(row, "name"),
                Rows.text(row, "form"), Rows.text(row, "authorship"), Rows.text(row, "family"), "",
                "synonym", Rows.text(row, "species"), "",
                Rows.flag(row, "verified", true) ? "" : UNVERIFIED_SYNONYM)));
        return new DwcTable("taxon.txt", DwcTerms.TAXON, true, terms, rows);
    }

    DwcTable vernacularNames() {
        List<String> terms = List.of(DwcTerms.TAXON_ID, dwc("vernacularName"), dc("language"), dc("source"),
                gbif("isPreferredName"));
        Map<String, Folded> names = fold(queries.select("dwc-vernacular-names"), "name", row -> List.of(
                Rows.text(row, "species"), Rows.text(row, "form"), iso639(Rows.language(row, "form")),
                "", Boolean.toString(Rows.flag(row, "preferred", false))));
        return new DwcTable("vernacularname.txt", DwcTerms.VERNACULAR_NAME, false, terms,
                names.values().stream().map(name -> name.with(3, String.join(" | ", name.urls)).values()).toList());
    }

    DwcTable distribution() {
        List<String> terms = List.of(DwcTerms.TAXON_ID, dwc("locality"), dwc("countryCode"), dwc("occurrenceStatus"),
                dc("source"), dwc("occurrenceRemarks"));
        Map<String, Folded> records = fold(queries.select("dwc-distribution"), "record", row -> List.of(
                Rows.text(row, "species"), Rows.text(row, "district"), "VN",
                Rows.flag(row, "verified", true) ? "present" : "doubtful", "", Rows.text(row, "note")));
        return new DwcTable("distribution.txt", DwcTerms.DISTRIBUTION, false, terms, records.values().stream()
                .map(record -> record.with(1, locality(record.communes, record.values.get(1)))
                        .with(4, String.join(" | ", record.urls)).values())
                .toList());
    }

    DwcTable descriptions() {
        List<String> terms = List.of(DwcTerms.TAXON_ID, dc("description"), dc("type"), dc("language"), dc("source"));
        List<QuerySolution> rows = queries.select("dwc-descriptions");
        Map<String, Folded> texts = fold(rows, row -> Rows.text(row, "item") + "\u0000" + Rows.text(row, "text"),
                row -> List.of(Rows.text(row, "species"), MarkdownText.plain(Rows.text(row, "text")),
                        Rows.text(row, "type"), iso639(Rows.language(row, "text")), ""));
        return new DwcTable("description.txt", DwcTerms.DESCRIPTION, false, terms,
                texts.values().stream().map(text -> text.with(4, String.join(" | ", text.urls)).values()).toList());
    }

    DwcTable multimedia() {
        List<String> terms = List.of(DwcTerms.TAXON_ID, dc("identifier"), dc("type"), dc("format"), dc("title"),
                dc("description"), dc("license"));
        Map<String, Folded> images = fold(queries.select("dwc-multimedia"),
                row -> Rows.text(row, "species") + "\u0000" + Rows.text(row, "media"), row -> {
                    boolean placeholder = Rows.flag(row, "placeholder", false);
                    // We generated the placeholders, so they carry the dataset's own licence.
                    String license = placeholder && Rows.text(row, "license").isEmpty()
                            ? DatasetDescription.LICENSE : Rows.text(row, "license");
                    return List.of(Rows.text(row, "species"), baseUrl + "/media/" + Rows.text(row, "key"), "StillImage",
                            Rows.text(row, "format"), Rows.text(row, "caption"), placeholder ? PLACEHOLDER_NOTE : "", license);
                });
        return new DwcTable("multimedia.txt", DwcTerms.MULTIMEDIA, false, terms,
                images.values().stream().map(Folded::values).toList());
    }

    /** The ISO 639 code of a BCP 47 tag: its primary language subtag ({@code zh-Latn-pinyin} → {@code zh}). */
    static String iso639(String bcp47) {
        int dash = bcp47.indexOf('-');
        return (dash < 0 ? bcp47 : bcp47.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** "Sán Chải, Mản Thẩn, Nàn Sán (Si Ma Cai), Lào Cai": communes, their former district, the province. */
    static String locality(Set<String> communes, String district) {
        List<String> sorted = new ArrayList<>(communes);
        sorted.sort(VIETNAMESE);
        String place = String.join(", ", sorted);
        if (!district.isEmpty()) {
            place = place.isEmpty() ? district : place + " (" + district + ")";
        }
        return place.isEmpty() ? "Lào Cai" : place + ", Lào Cai";
    }

    private static Map<String, Folded> fold(List<QuerySolution> rows, String keyVariable,
            java.util.function.Function<QuerySolution, List<String>> first) {
        return fold(rows, row -> Rows.text(row, keyVariable), first);
    }

    private static Map<String, Folded> fold(List<QuerySolution> rows, java.util.function.Function<QuerySolution, String> key,
            java.util.function.Function<QuerySolution, List<String>> first) {
        Map<String, Folded> folded = new LinkedHashMap<>();
        for (QuerySolution row : rows) {
            Folded record = folded.computeIfAbsent(key.apply(row), k -> new Folded(new ArrayList<>(first.apply(row))));
            addIfPresent(record.urls, Rows.text(row, "url"));
            addIfPresent(record.communes, Rows.text(row, "commune"));
        }
        return folded;
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (!value.isEmpty()) {
            set.add(value);
        }
    }

    /** One record being folded from several rows: its first row's values and the many-valued fields. */
    private record Folded(List<String> values, Set<String> urls, Set<String> communes) {
        Folded(List<String> values) {
            this(values, new TreeSet<>(), new LinkedHashSet<>());
        }

        Folded with(int column, String value) {
            values.set(column, value);
            return this;
        }
    }
}
