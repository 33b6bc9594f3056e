package vn.laocai.museum.app.base.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesDetail;
import vn.laocai.museum.ontology.SpeciesSummary;

/**
 * Reads the catalogs in the reader's language, with Vietnamese — the language every text is
 * written in first — as the fallback for what has no translation yet. Each result says which
 * language it is in, so pages can mark a Vietnamese-only text.
 *
 * <pre>{@code
 * ContentLanguage.document(catalog, DocumentKind.STORY, "que-van-yen", SiteLanguage.ENGLISH)
 *         .filter(story -> story.fallsBackFrom(SiteLanguage.ENGLISH));
 * }</pre>
 */
public final class ContentLanguage {

    private static final String VI = "vi";

    private ContentLanguage() {}

    /** The two-letter code the catalogs take ("vi", "en"). */
    public static String code(Locale reader) {
        return SiteLanguage.supported(reader).getLanguage();
    }

    /** One species in the reader's language, or in Vietnamese when it has no text in it. */
    public static Optional<Localized<SpeciesDetail>> species(SpeciesCatalog catalog, String slug, Locale reader) {
        String code = code(reader);
        Optional<SpeciesDetail> found = catalog.find(slug, code);
        if (code.equals(VI) || found.map(ContentLanguage::hasText).orElse(true)) {
            return found.map(detail -> new Localized<>(detail, SiteLanguage.of(code).orElseThrow()));
        }
        return catalog.find(slug, VI).map(detail -> new Localized<>(detail, SiteLanguage.VIETNAMESE));
    }

    /** One remedy, story or record in the reader's language, or in Vietnamese when it has no text in it. */
    public static Optional<Localized<Document>> document(DocumentCatalog catalog, DocumentKind kind, String slug, Locale reader) {
        String code = code(reader);
        Optional<Document> found = catalog.find(kind, slug, code);
        if (code.equals(VI) || found.map(ContentLanguage::hasText).orElse(true)) {
            return found.map(document -> new Localized<>(withTitles(document, catalog, kind, slug, code),
                    SiteLanguage.of(code).orElseThrow()));
        }
        return catalog.find(kind, slug, VI).map(document -> new Localized<>(document, SiteLanguage.VIETNAMESE));
    }

    /** Every species for cards, in the catalog's order (strategic herbs first), titles falling back to Vietnamese. */
    public static List<Localized<SpeciesSummary>> speciesList(SpeciesCatalog catalog, Locale reader) {
        String code = code(reader);
        if (code.equals(VI)) {
            return catalog.list(VI).stream().map(s -> new Localized<>(s, SiteLanguage.VIETNAMESE)).toList();
        }
        Map<String, SpeciesSummary> vietnamese = catalog.list(VI).stream()
                .collect(Collectors.toMap(SpeciesSummary::slug, Function.identity(), (a, b) -> a));
        return catalog.list(code).stream()
                .map(summary -> hasText(summary) || !vietnamese.containsKey(summary.slug())
                        ? new Localized<>(summary, SiteLanguage.supported(reader))
                        : new Localized<>(vietnamese.get(summary.slug()), SiteLanguage.VIETNAMESE))
                .toList();
    }

    /** The documents of one kind, titles falling back to Vietnamese, in the reader's alphabetical order. */
    public static List<Localized<Document.Link>> list(DocumentCatalog catalog, DocumentKind kind, Locale reader) {
        return localizedLinks(catalog.list(kind, code(reader)), () -> catalog.list(kind, VI), reader).stream()
                .sorted(Comparator.comparing(link -> title(link.value()), collator(reader)::compare))
                .toList();
    }

    /** Remedies, stories and records linked to a document, titles falling back to Vietnamese. */
    public static List<Localized<Document.Link>> links(DocumentCatalog catalog, String iri, Locale reader) {
        return localizedLinks(catalog.links(iri, code(reader)), () -> catalog.links(iri, VI), reader);
    }

    /** Built once per site language and frozen: a frozen ICU collator may be shared by every thread. */
    private static final Map<Locale, Collator> COLLATORS = SiteLanguage.LOCALES.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), locale -> Collator.getInstance(ULocale.forLocale(locale)).freeze()));

    /** The ICU collator of the reader's language: "Đương quy" after "Dâm dương hoắc" in Vietnamese. Frozen. */
    public static Collator collator(Locale reader) {
        return COLLATORS.get(SiteLanguage.supported(reader));
    }

    private static List<Localized<Document.Link>> localizedLinks(List<Document.Link> links,
            java.util.function.Supplier<List<Document.Link>> vietnamese, Locale reader) {
        Locale language = SiteLanguage.supported(reader);
        if (links.stream().allMatch(link -> link.title() != null)) {
            return links.stream().map(link -> new Localized<>(link, language)).toList();
        }
        Map<String, Document.Link> fallback = vietnamese.get().stream()
                .collect(Collectors.toMap(link -> link.kind() + "/" + link.slug(), Function.identity(), (a, b) -> a));
        return links.stream()
                .map(link -> link.title() != null || !fallback.containsKey(link.kind() + "/" + link.slug())
                        ? new Localized<>(link, language)
                        : new Localized<>(fallback.get(link.kind() + "/" + link.slug()), SiteLanguage.VIETNAMESE))
                .toList();
    }

    /** Links and ingredients without a title in the language take their Vietnamese title. */
    private static Document withTitles(Document document, DocumentCatalog catalog, DocumentKind kind, String slug, String code) {
        boolean complete = document.links().stream().allMatch(link -> link.title() != null)
                && document.ingredients().stream().allMatch(ingredient -> ingredient.species().title() != null);
        if (code.equals(VI) || complete) {
            return document;
        }
        Document vietnamese = catalog.find(kind, slug, VI).orElse(document);
        Map<String, String> titles = new java.util.HashMap<>();
        vietnamese.links().forEach(link -> titles.putIfAbsent(link.kind() + "/" + link.slug(), link.title()));
        vietnamese.ingredients().forEach(i -> titles.putIfAbsent(i.species().kind() + "/" + i.species().slug(), i.species().title()));
        Function<Document.Link, Document.Link> titled = link -> link.title() != null ? link
                : new Document.Link(link.kind(), link.slug(), titles.get(link.kind() + "/" + link.slug()));
        return new Document(document.kind(), document.iri(), document.slug(), document.title(), document.summary(),
                document.narrativeMarkdown(), document.tradition(), document.community(), document.ethnicGroup(),
                document.restricted(), document.statements(),
                document.ingredients().stream().map(i -> new Document.Ingredient(titled.apply(i.species()), i.scientificName(),
                        i.part(), i.amount(), i.processing(), i.role(), i.verified())).toList(),
                document.links().stream().map(titled).toList(), document.sources());
    }

    private static boolean hasText(SpeciesDetail detail) {
        return hasText(detail.summary());
    }

    private static boolean hasText(SpeciesSummary summary) {
        return !summary.title().equals(summary.scientificName()) || !summary.summary().isBlank();
    }

    private static boolean hasText(Document document) {
        return !document.title().equals(document.slug()) || !document.summary().isBlank();
    }

    private static String title(Document.Link link) {
        return link.title() == null ? link.slug() : link.title();
    }
}
