package vn.laocai.museum.ontology;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Reads remedies, stories and knowledge records — and the links and sources of any document,
 * species included — from the public graph (or, built by {@link #restricted}, from the restricted one).
 *
 * <pre>{@code
 * new DocumentCatalog(store).find(DocumentKind.REMEDY, "nhuc-que-on-trung", "vi").map(Document::title);
 * }</pre>
 */
public final class DocumentCatalog {

    /** Pages of the public graph read on every visit; the restricted graph is never cached. */
    private static final int CACHED_READS = 2_000;

    private final GraphStore store;
    private final MuseumGraph graph;
    private final PublicReadCache<List<Object>, Object> reads;

    /** Reads the public graph. */
    public DocumentCatalog(GraphStore store) {
        this(store, MuseumGraph.PUBLIC);
    }

    private DocumentCatalog(GraphStore store, MuseumGraph graph) {
        this.store = Objects.requireNonNull(store, "store");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.reads = new PublicReadCache<>(store, CACHED_READS);
    }

    /**
     * Reads community-restricted knowledge instead: for the few logged-in roles allowed to see it,
     * never for a public page or export.
     */
    public static DocumentCatalog restricted(GraphStore store) {
        return new DocumentCatalog(store, MuseumGraph.RESTRICTED);
    }

    /** Titles and summaries of every public document of one kind, in alphabetical order of the language. */
    public List<Document.Link> list(DocumentKind kind, String language) {
        return cached(List.of("list", kind, language), () -> readList(kind, language));
    }

    private List<Document.Link> readList(DocumentKind kind, String language) {
        Collator collator = Collator.getInstance(ULocale.forLanguageTag(language));
        return select("document-list", Map.of("type", kind.type(), "lang", QueryRows.language(language))).stream()
                .map(row -> new Document.Link(kind, QueryRows.text(row, "slug"), QueryRows.text(row, "title")))
                .sorted(Comparator.comparing(link -> link.title() == null ? link.slug() : link.title(), collator::compare))
                .toList();
    }

    public Optional<Document> find(DocumentKind kind, String slug, String language) {
        return cached(List.of("find", kind, Objects.requireNonNull(slug, "slug"), language), () -> read(kind, slug, language));
    }

    private Optional<Document> read(DocumentKind kind, String slug, String language) {
        RDFNode doc = ResourceFactory.createResource(kind.iri(Objects.requireNonNull(slug, "slug")));
        Map<String, RDFNode> bindings = Map.of("doc", doc, "lang", QueryRows.language(language));
        List<QuerySolution> rows = select("document-detail", bindings);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        QuerySolution row = rows.getFirst();
        String access = QueryRows.text(row, "access");
        return Optional.of(new Document(kind, kind.iri(slug), slug, QueryRows.text(row, "title"), QueryRows.text(row, "summary"),
                QueryRows.text(row, "narrative"), QueryRows.text(row, "tradition"), QueryRows.text(row, "community"), QueryRows.text(row, "ethnicGroup"),
                access != null && access.endsWith("access-community-restricted"),
                statements(bindings), ingredients(bindings), readLinks(kind.iri(slug), language), readSources(kind.iri(slug))));
    }

    /** Remedies, stories and records linked to a document (e.g. to a species), titles in one language. */
    public List<Document.Link> links(String iri, String language) {
        return cached(List.of("links", Objects.requireNonNull(iri, "iri"), language), () -> readLinks(iri, language));
    }

    private List<Document.Link> readLinks(String iri, String language) {
        Map<String, RDFNode> bindings = Map.of("doc", ResourceFactory.createResource(iri), "lang", QueryRows.language(language));
        return select("document-links", bindings).stream()
                .flatMap(row -> DocumentKind.ofType(row.getResource("type").getURI())
                        .map(kind -> new Document.Link(kind, QueryRows.text(row, "slug"), QueryRows.text(row, "title"))).stream())
                .distinct()
                .toList();
    }

    /** The sources a document cites. */
    public List<Document.Source> sources(String iri) {
        return cached(List.of("sources", Objects.requireNonNull(iri, "iri")), () -> readSources(iri));
    }

    private List<Document.Source> readSources(String iri) {
        return select("document-sources", Map.of("doc", ResourceFactory.createResource(iri))).stream()
                .map(row -> new Document.Source(QueryRows.text(row, "url"), QueryRows.text(row, "title")))
                .toList();
    }

    /** Public reads only: a restricted document must never be kept where a public page could find it. */
    @SuppressWarnings("unchecked")
    private <T> T cached(List<Object> key, java.util.function.Supplier<T> read) {
        return graph == MuseumGraph.PUBLIC ? (T) reads.get(key, read::get) : read.get();
    }

    private List<Document.Statement> statements(Map<String, RDFNode> bindings) {
        return select("document-statements", bindings).stream()
                .sorted(Comparator.comparing((QuerySolution row) -> row.getResource("kind").getURI())
                        .thenComparing(row -> order(row.getResource("item").getURI())))
                .map(row -> new Document.Statement(row.getResource("kind").getLocalName(), QueryRows.text(row, "text"),
                        QueryRows.flag(row, "verified")))
                .toList();
    }

    private List<Document.Ingredient> ingredients(Map<String, RDFNode> bindings) {
        return select("remedy-ingredients", bindings).stream()
                .sorted(Comparator.comparing(row -> order(row.getResource("ingredient").getURI())))
                .map(row -> new Document.Ingredient(
                        new Document.Link(DocumentKind.SPECIES, QueryRows.text(row, "slug"), QueryRows.text(row, "title")),
                        QueryRows.text(row, "scientificName"), partCode(row), QueryRows.text(row, "amount"), QueryRows.text(row, "processing"),
                        QueryRows.text(row, "role"), QueryRows.flag(row, "verified")))
                .toList();
    }

    private static String partCode(QuerySolution row) {
        String part = QueryRows.text(row, "part");
        return part == null ? null : part.substring(part.lastIndexOf("part-") + "part-".length());
    }

    /** Fragment IRIs end in a number (…#step-vi-3): order by it, not as text (3 before 10). */
    private static int order(String iri) {
        String digits = iri.replaceAll("^.*?(\\d+)$", "$1");
        return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Integer.parseInt(digits) : 0;
    }

    private List<QuerySolution> select(String query, Map<String, ? extends RDFNode> bindings) {
        return store.select(graph, Queries.named(query), bindings);
    }
}
