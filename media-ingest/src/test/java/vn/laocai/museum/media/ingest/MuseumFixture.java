package vn.laocai.museum.media.ingest;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** A small museum graph to attach media to: two species (one protected), a remedy and a story. */
final class MuseumFixture {

    static final String TAM_THAT = MuseumVocab.speciesIri("panax-notoginseng");
    static final String HOANG_LIEN = MuseumVocab.speciesIri("coptis-chinensis");
    static final String REMEDY = MuseumVocab.resourceIri("remedy", "tam-that-ham-ga");
    static final String STORY = MuseumVocab.resourceIri("story", "cho-phien-bac-ha");

    private MuseumFixture() {}

    static Tdb2GraphStore graph(Path directory) {
        Tdb2GraphStore graph = Tdb2GraphStore.open(directory);
        seed(graph);
        return graph;
    }

    static void seed(GraphStore graph) {
        Model model = ModelFactory.createDefaultModel();
        Resource tamThat = model.createResource(TAM_THAT).addProperty(RDF.type, MuseumVocab.TAXON)
                .addProperty(MuseumVocab.SLUG, "panax-notoginseng")
                .addProperty(MuseumVocab.SCIENTIFIC_NAME, "Panax notoginseng").addProperty(MuseumVocab.NAME, "Tam thất", "vi")
                .addLiteral(MuseumVocab.STRATEGIC_RANK, 3);
        tamThat.addProperty(model.createProperty(MuseumVocab.HERB, "conservation"),
                model.createResource(TAM_THAT + "#conservation-1").addProperty(model.createProperty(MuseumVocab.HERB, "list"), "not-listed"));
        Resource hoangLien = model.createResource(HOANG_LIEN).addProperty(RDF.type, MuseumVocab.TAXON)
                .addProperty(MuseumVocab.SLUG, "coptis-chinensis")
                .addProperty(MuseumVocab.SCIENTIFIC_NAME, "Coptis chinensis").addProperty(MuseumVocab.NAME, "Hoàng liên", "vi");
        hoangLien.addProperty(model.createProperty(MuseumVocab.HERB, "conservation"),
                model.createResource(HOANG_LIEN + "#conservation-1")
                        .addProperty(model.createProperty(MuseumVocab.HERB, "list"), "nd-84-2021")
                        .addProperty(model.createProperty(MuseumVocab.HERB, "category"), "IIA"));
        model.createResource(REMEDY).addProperty(RDF.type, MuseumVocab.REMEDY);
        model.createResource(STORY).addProperty(RDF.type, MuseumVocab.STORY);
        graph.write(writer -> writer.add(MuseumGraph.PUBLIC, model));
    }
}
