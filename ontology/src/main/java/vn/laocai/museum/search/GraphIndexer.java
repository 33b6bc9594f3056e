package vn.laocai.museum.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesDetail;
import vn.laocai.museum.ontology.SpeciesSummary;
import vn.laocai.museum.ontology.TaxonName;

/** Derives the search index from the public graph: the graph is the truth, the index follows it. */
public final class GraphIndexer {

    private final SpeciesCatalog catalog;
    private final SearchIndex index;

    public GraphIndexer(SpeciesCatalog catalog, SearchIndex index) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Rebuilds the whole index from the graph; returns the number of documents indexed. */
    public int rebuild() {
        List<SearchDocument> documents = new ArrayList<>();
        for (SpeciesSummary species : catalog.list("vi")) {
            document(species.slug()).ifPresent(documents::add);
        }
        index.rebuild(documents);
        return documents.size();
    }

    /** Re-indexes one species after it changed. */
    public void update(String slug) {
        document(slug).ifPresent(index::upsert);
    }

    private Optional<SearchDocument> document(String slug) {
        Optional<SpeciesDetail> vi = catalog.find(slug, "vi");
        Optional<SpeciesDetail> en = catalog.find(slug, "en");
        if (vi.isEmpty()) {
            return Optional.empty();
        }
        SpeciesSummary summary = vi.get().summary();
        List<SearchDocument.Name> names = new ArrayList<>();
        names.add(new SearchDocument.Name(summary.scientificName(), "la"));
        for (TaxonName name : vi.get().names()) {
            names.add(new SearchDocument.Name(name.form(), name.language()));
        }
        List<String> texts = new ArrayList<>(List.of(summary.summary(), vi.get().narrativeMarkdown()));
        en.ifPresent(detail -> texts.addAll(List.of(detail.summary().summary(), detail.narrativeMarkdown())));
        String titleEn = en.map(detail -> detail.summary().title()).orElse(summary.title());
        return Optional.of(new SearchDocument(summary.iri(), "species", summary.title(), titleEn,
                summary.scientificName(), names, texts, summary.imageKey()));
    }
}
