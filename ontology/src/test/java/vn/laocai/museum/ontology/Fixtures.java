package vn.laocai.museum.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** Test data shared by the ontology and search tests. */
public final class Fixtures {

    private Fixtures() {}

    public static Model species() {
        return RDFDataMgr.loadModel(Fixtures.class.getResource("/fixtures/species.ttl").toString());
    }

    /** More public facts for the export tests: sources, distribution, a note, a placeholder picture. */
    public static Model exportExtras() {
        return RDFDataMgr.loadModel(Fixtures.class.getResource("/fixtures/export-public.ttl").toString());
    }

    /** A remedy (of Tam thất), a story and a public knowledge record, for the search tests. */
    public static Model documents() {
        return RDFDataMgr.loadModel(Fixtures.class.getResource("/fixtures/documents.ttl").toString());
    }

    /** A community-restricted knowledge record, for the RESTRICTED graph only; its texts say "secret". */
    public static Model restrictedDocuments() {
        return RDFDataMgr.loadModel(Fixtures.class.getResource("/fixtures/documents-restricted.ttl").toString());
    }

    /** Facts for the RESTRICTED graph only; each of their texts contains the word "secret". */
    public static Model restricted() {
        return RDFDataMgr.loadModel(Fixtures.class.getResource("/fixtures/restricted.ttl").toString());
    }

    /** A TDB2 store in {@code directory} holding the fixture species in the public graph. */
    public static Tdb2GraphStore storeWithSpecies(java.nio.file.Path directory) {
        return withSpecies(Tdb2GraphStore.open(directory));
    }

    /** Writes the fixture species into the public graph of {@code store}, and returns it. */
    public static <S extends GraphStore> S withSpecies(S store) {
        store.write(writer -> writer.add(MuseumGraph.PUBLIC, species()));
        return store;
    }
}
