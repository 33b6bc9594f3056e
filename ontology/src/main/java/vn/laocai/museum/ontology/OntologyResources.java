package vn.laocai.museum.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Reads the Turtle documents shipped beside these classes (the vocabulary and the shapes). */
final class OntologyResources {

    private OntologyResources() {}

    /** The parsed {@code name}; a missing or malformed file is a build error, so it fails loudly. */
    static Model turtle(String name) {
        try (InputStream in = OntologyResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing ontology resource " + name);
            }
            Model model = ModelFactory.createDefaultModel();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Rules about resource IRIs (the shapes) are written with the default base.
            RDFParser.fromString(text.replace(IriBase.DEFAULT, MuseumVocab.ID), Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
