package vn.laocai.museum.ontology;

/**
 * The named graphs of the store. Public reads see {@link #PUBLIC} alone; the others hold what only
 * some roles may see, work in progress, and the record of who changed what.
 */
public enum MuseumGraph {
    PUBLIC("public"),
    RESTRICTED("restricted"),
    DRAFTS("drafts"),
    AUDIT("audit");

    private final String iri;

    MuseumGraph(String name) {
        this.iri = MuseumVocab.BASE + "graph/" + name;
    }

    public String iri() {
        return iri;
    }
}
