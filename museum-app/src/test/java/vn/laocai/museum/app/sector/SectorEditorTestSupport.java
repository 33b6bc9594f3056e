package vn.laocai.museum.app.sector;

import java.util.Map;
import org.apache.jena.query.QueryFactory;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;

/** Counting what a pattern matches in one graph, for assertions on what a save wrote. */
final class SectorEditorTestSupport {

    private SectorEditorTestSupport() {}

    static int count(GraphStore store, MuseumGraph graph, String pattern) {
        return store.select(graph, QueryFactory.create("SELECT * WHERE " + pattern), Map.of()).size();
    }
}
