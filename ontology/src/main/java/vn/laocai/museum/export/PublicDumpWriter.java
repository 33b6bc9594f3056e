package vn.laocai.museum.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * Writes the public graph as gzipped Turtle and gzipped N-Quads (graph name: the public graph's
 * IRI), streaming in one pass, so a dump never needs the graph in memory.
 *
 * <pre>{@code
 * long triples = new PublicDumpWriter(store).write(dir.resolve("museum-public.ttl.gz"), dir.resolve("museum-public.nq.gz"));
 * }</pre>
 */
public final class PublicDumpWriter {

    private static final Node PUBLIC_GRAPH = NodeFactory.createURI(MuseumGraph.PUBLIC.iri());

    private final GraphStore store;

    public PublicDumpWriter(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Writes both files and returns how many triples they hold. */
    public long write(Path turtleGz, Path nquadsGz) {
        Objects.requireNonNull(turtleGz, "turtleGz");
        Objects.requireNonNull(nquadsGz, "nquadsGz");
        try (OutputStream ttl = gzip(turtleGz); OutputStream nq = gzip(nquadsGz)) {
            // Blocks of Turtle stream without holding the graph, yet still group a subject's triples.
            StreamRDF turtle = StreamRDFWriter.getWriterStream(ttl, RDFFormat.TURTLE_BLOCKS);
            StreamRDF quads = StreamRDFWriter.getWriterStream(nq, RDFFormat.NQUADS);
            turtle.start();
            quads.start();
            prefixes(turtle);
            long count = store.queryPublic(ExportQueries.named("public-triples"), ExportQueries.TIMEOUT, exec -> {
                long n = 0;
                for (Iterator<Triple> triples = exec.execConstructTriples(); triples.hasNext(); n++) {
                    Triple triple = triples.next();
                    turtle.triple(triple);
                    quads.quad(org.apache.jena.sparql.core.Quad.create(PUBLIC_GRAPH, triple));
                }
                return n;
            });
            turtle.finish();
            quads.finish();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the public dumps: " + e.getMessage(), e);
        }
    }

    private static void prefixes(StreamRDF turtle) {
        turtle.prefix("dwc", MuseumVocab.DWC);
        turtle.prefix("schema", MuseumVocab.SCHEMA);
        turtle.prefix("skosxl", MuseumVocab.SKOSXL);
        turtle.prefix("dct", MuseumVocab.DCT);
        turtle.prefix("herb", MuseumVocab.HERB);
        turtle.prefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        turtle.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        turtle.prefix("species", MuseumVocab.ID + "species/");
        turtle.prefix("media", MuseumVocab.ID + "media/");
    }

    private static OutputStream gzip(Path file) throws IOException {
        return new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 64 * 1024);
    }
}
