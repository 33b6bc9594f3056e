package vn.laocai.museum.ontology;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;

/**
 * A separate process for {@link GraphStoreCrashTest}: replaces the public graph with a large new
 * one, over and over, until it is killed. Prints "writing" when a transaction has started and "committed" after each commit.
 */
public final class CrashingWriter {

    static final int TRIPLES = 200_000;

    private CrashingWriter() {}

    public static void main(String[] args) {
        Model replacement = ModelFactory.createDefaultModel();
        Property value = replacement.createProperty("urn:crash:value");
        for (int i = 0; i < TRIPLES; i++) {
            replacement.createResource("urn:crash:" + i).addLiteral(value, i);
        }
        Tdb2GraphStore store = Tdb2GraphStore.open(Path.of(args[0]));
        while (true) {
            store.write(writer -> {
                writer.clear(MuseumGraph.PUBLIC);
                System.out.println("writing");
                System.out.flush();
                writer.add(MuseumGraph.PUBLIC, replacement);
            });
            System.out.println("committed");
            System.out.flush();
        }
    }
}
