package vn.laocai.museum.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesDetail;
import vn.laocai.museum.ontology.SpeciesSummary;
import vn.laocai.museum.ontology.TaxonName;

/**
 * Derives the search index from the public graph: the graph is the truth, the index follows it.
 * Indexes species and the public remedies, stories and knowledge records; both catalogs read only
 * the public graph, so community-restricted knowledge never reaches the index.
 *
 * <pre>{@code
 * GraphIndexer indexer = new GraphIndexer(store, index);
 * if (index.count() != indexer.expectedCount()) indexer.rebuild();
 * }</pre>
 */
public final class GraphIndexer {

    /** The document kinds read from {@link DocumentCatalog}; species come from {@link SpeciesCatalog}. */
    private static final List<DocumentKind> DOCUMENT_KINDS = List.of(DocumentKind.REMEDY, DocumentKind.STORY,
            DocumentKind.KNOWLEDGE);

    private final SpeciesCatalog species;
    private final DocumentCatalog documents;
    private final SearchIndex index;
    /** Null when built from the catalogs alone: then documents are indexed without facet values. */
    private final FacetValues facets;

    /** Indexes what the public graph of {@code store} holds, facet values included. */
    public GraphIndexer(GraphStore store, SearchIndex index) {
        this(new SpeciesCatalog(store), new DocumentCatalog(store), new FacetValues(store), index);
    }

    /** Indexes names and texts from the catalogs, without facet values; prefer {@link #GraphIndexer(GraphStore, SearchIndex)}. */
    public GraphIndexer(SpeciesCatalog species, DocumentCatalog documents, SearchIndex index) {
        this(species, documents, null, index);
    }

    private GraphIndexer(SpeciesCatalog species, DocumentCatalog documents, FacetValues facets, SearchIndex index) {
        this.species = Objects.requireNonNull(species, "species");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.facets = facets;
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Rebuilds the whole index from the graph; returns the number of documents indexed. */
    public int rebuild() {
        List<SearchDocument> all = documents();
        index.rebuild(all);
        return all.size();
    }

    /**
     * The documents a rebuild writes, read from the graph without writing them: public species,
     * remedies, stories and knowledge records, with their facet values.
     */
    public List<SearchDocument> documents() {
        List<SearchDocument> all = new ArrayList<>();
        for (SpeciesSummary summary : species.list("vi")) {
            species(summary.slug()).ifPresent(all::add);
        }
        for (DocumentKind kind : DOCUMENT_KINDS) {
            for (Document.Link link : documents.list(kind, "vi")) {
                document(kind, link.slug()).ifPresent(all::add);
            }
        }
        if (facets != null) {
            // One query for the facet values of every document, not one per document.
            Map<String, List<SearchDocument.Facet>> values = facets.all();
            all.replaceAll(doc -> doc.withFacets(values.getOrDefault(doc.iri(), List.of())));
        }
        return all;
    }

    /**
     * How many documents a rebuild gives now: public species plus public remedies, stories and
     * knowledge records. An index holding another number has drifted from the graph.
     */
    public int expectedCount() {
        int count = species.list("vi").size();
        for (DocumentKind kind : DOCUMENT_KINDS) {
            count += documents.list(kind, "vi").size();
        }
        return count;
    }

    /** Re-indexes one species after it changed. */
    public void update(String slug) {
        update(DocumentKind.SPECIES, slug);
    }

    /**
     * Re-indexes one species, remedy, story or knowledge record after it changed, and takes it out
     * of the index when it is no longer public (archived, withdrawn).
     */
    public void update(DocumentKind kind, String slug) {
        Objects.requireNonNull(kind, "kind");
        Optional<SearchDocument> current = (kind == DocumentKind.SPECIES ? species(slug) : document(kind, slug))
                .map(doc -> facets == null ? doc : doc.withFacets(facets.of(doc.iri())));
        if (current.isPresent()) {
            index.upsert(current.get());
        } else {
            index.remove(kind.iri(slug));
        }
    }

    private Optional<SearchDocument> species(String slug) {
        Optional<SpeciesDetail> vi = species.find(slug, "vi");
        Optional<SpeciesDetail> en = species.find(slug, "en");
        if (vi.isEmpty()) {
            return Optional.empty();
        }
        SpeciesSummary summary = vi.get().summary();
        List<SearchDocument.Name> names = new ArrayList<>();
        names.add(new SearchDocument.Name(summary.scientificName(), "la"));
        for (TaxonName name : vi.get().names()) {
            names.add(new SearchDocument.Name(name.form(), name.language()));
        }
        String titleEn = en.map(detail -> detail.summary().title()).orElse(summary.title());
        // The English title is a name too, even where the names list lacks it, so that typing it ranks
        // the species above a remedy whose English title contains it.
        if (titleEn != null && names.stream().noneMatch(name -> name.form().equals(titleEn))) {
            names.add(new SearchDocument.Name(titleEn, "en"));
        }
        List<String> texts = new ArrayList<>(List.of(summary.summary(), vi.get().narrativeMarkdown()));
        en.ifPresent(detail -> texts.addAll(List.of(detail.summary().summary(), detail.narrativeMarkdown())));
        String summaryEn = en.map(detail -> detail.summary().summary()).orElse(null);
        return Optional.of(new SearchDocument(summary.iri(), type(DocumentKind.SPECIES), summary.title(), titleEn,
                summary.scientificName(), names, texts, summary.imageKey(), summary.summary(), summaryEn)
                .withBodies(body(vi.get()), en.map(GraphIndexer::body).orElse(null)));
    }

    private Optional<SearchDocument> document(DocumentKind kind, String slug) {
        Optional<Document> vi = documents.find(kind, slug, "vi");
        // The public graph holds no restricted record; checking again costs nothing and keeps the
        // index safe should one ever be loaded there by mistake.
        if (vi.isEmpty() || vi.get().restricted()) {
            return Optional.empty();
        }
        Optional<Document> en = documents.find(kind, slug, "en");
        List<SearchDocument.Name> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        describe(vi.get(), "vi", names, texts);
        en.ifPresent(doc -> describe(doc, "en", names, texts));
        String titleEn = en.filter(GraphIndexer::hasTitle).map(Document::title).orElse(vi.get().title());
        return Optional.of(new SearchDocument(vi.get().iri(), type(kind), vi.get().title(), titleEn, null,
                names.stream().distinct().toList(), texts, null, vi.get().summary(), en.map(Document::summary).orElse(null))
                .withBodies(body(vi.get()), en.map(GraphIndexer::body).orElse(null)));
    }

    /** What a species page says in one language, summary first: the text its snippets are cut from. */
    private static String body(SpeciesDetail detail) {
        List<String> parts = new ArrayList<>(List.of(detail.summary().summary(), detail.narrativeMarkdown()));
        detail.notes().forEach(note -> parts.add(note.text()));
        return join(parts);
    }

    /** What a document's page says in one language, summary first. */
    private static String body(Document doc) {
        List<String> parts = new ArrayList<>(List.of(doc.summary(), doc.narrativeMarkdown()));
        doc.statements().forEach(statement -> parts.add(statement.text()));
        return join(parts);
    }

    /** The parts as paragraphs, without Markdown emphasis, which a snippet would show as stray marks. */
    private static String join(List<String> parts) {
        String text = String.join("\n\n", parts.stream().filter(part -> part != null && !part.isBlank()).toList());
        return text.isBlank() ? null : text.replaceAll("[*_`]+", "");
    }

    /** Adds a document's title, the names of its ingredients and its texts in one language. */
    private static void describe(Document doc, String language, List<SearchDocument.Name> names, List<String> texts) {
        if (hasTitle(doc)) {
            names.add(new SearchDocument.Name(doc.title(), language));
        }
        for (Document.Ingredient ingredient : doc.ingredients()) {
            if (ingredient.species().title() != null) {
                names.add(SearchDocument.Name.mention(ingredient.species().title(), language));
            }
        }
        texts.add(doc.summary());
        texts.add(doc.narrativeMarkdown());
        doc.statements().forEach(statement -> texts.add(statement.text()));
    }

    /** The stored type of a hit: "species", "remedy", "story" or "knowledge". */
    private static String type(DocumentKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** A document found in a language without a title there falls back to its slug: not a title to index. */
    private static boolean hasTitle(Document doc) {
        return !doc.title().equals(doc.slug());
    }
}
