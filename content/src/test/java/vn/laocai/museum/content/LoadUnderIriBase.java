package vn.laocai.museum.content;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/**
 * Loads the shipped corpus into the store at {@code args[0]} in a JVM of its own, so that the IRI
 * base given to that JVM ({@code -Dmuseum.iri-base}) applies; prints every species IRI.
 */
public final class LoadUnderIriBase {

    private LoadUnderIriBase() {}

    public static void main(String[] args) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(Path.of(args[0]))) {
            new ContentLoader(store).load(ContentLoaderTest.shippedCorpus());
            store.select(MuseumGraph.PUBLIC, QueryFactory.create(
                    "SELECT ?s WHERE { ?s a <http://rs.tdwg.org/dwc/terms/Taxon> }"), Map.of())
                    .forEach(row -> System.out.println("IRI " + row.getResource("s").getURI()));
        }
    }
}
