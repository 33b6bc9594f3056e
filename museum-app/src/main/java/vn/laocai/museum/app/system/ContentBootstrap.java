package vn.laocai.museum.app.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.content.LoadReport;
import vn.laocai.museum.media.MediaStore;
import vn.laocai.museum.media.MediaStoreException;
import vn.laocai.museum.media.PlaceholderSeeder;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.search.GraphIndexer;
import vn.laocai.museum.search.SearchIndex;

/**
 * Brings the data up to date before the site opens: loads the corpus into the graph when it
 * changed, gives species without pictures a placeholder, and rebuilds the search index when it
 * does not match the graph.
 */
@Component
class ContentBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ContentBootstrap.class);

    private final MuseumProperties properties;
    private final GraphStore graph;
    private final SpeciesCatalog catalog;
    private final SearchIndex index;
    private final GraphIndexer indexer;
    private final MediaStore media;

    ContentBootstrap(MuseumProperties properties, GraphStore graph, SpeciesCatalog catalog, SearchIndex index,
            GraphIndexer indexer, MediaStore media) {
        this.properties = properties;
        this.graph = graph;
        this.catalog = catalog;
        this.index = index;
        this.indexer = indexer;
        this.media = media;
    }

    @Override
    public void afterPropertiesSet() {
        LoadReport report = new ContentLoader(graph).loadIfChanged(PackagedCorpus.read(properties));
        boolean seeded = seedPlaceholders();
        // Species and public documents alike: counting species alone would rebuild at every start.
        // An index written before the current fields (stored summaries for snippets) is rebuilt too.
        if (report.changed() || seeded || index.count() != indexer.expectedCount() || !index.isCurrent()) {
            int indexed = indexer.rebuild();
            log.info("Search index rebuilt: {} documents", indexed);
        }
    }

    private boolean seedPlaceholders() {
        try {
            return new PlaceholderSeeder(catalog, graph, media).seedMissing() > 0;
        } catch (MediaStoreException e) {
            // The site must open without its media: pages show placeholders and health says why.
            log.warn("Media store unavailable, placeholder pictures not stored: {}", e.getMessage());
            return false;
        }
    }
}
