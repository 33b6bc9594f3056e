package vn.laocai.museum.ontology;

/**
 * The named graphs of the store. Public reads see {@link #PUBLIC} alone; the others hold what only
 * some roles may see, work in progress, the record of who changed what, and {@link #STAFF}: the
 * sector records province staff entered or corrected, a copy the corpus loader never replaces and
 * lays over the public graph after every load, so a staff edit outlives a change of the corpus file.
 */
public enum MuseumGraph {
    PUBLIC("public"),
    RESTRICTED("restricted"),
    DRAFTS("drafts"),
    AUDIT("audit"),
    STAFF("staff");

    private final String iri;

    MuseumGraph(String name) {
        this.iri = MuseumVocab.BASE + "graph/" + name;
    }

    public String iri() {
        return iri;
    }
}
