package vn.laocai.museum.export;

/** Term and row-type IRIs of Darwin Core, Dublin Core and the GBIF extensions the archive uses. */
final class DwcTerms {

    static final String DWC = "http://rs.tdwg.org/dwc/terms/";
    static final String DC = "http://purl.org/dc/terms/";
    static final String GBIF = "http://rs.gbif.org/terms/1.0/";

    static final String TAXON = DWC + "Taxon";
    static final String VERNACULAR_NAME = GBIF + "VernacularName";
    static final String DISTRIBUTION = GBIF + "Distribution";
    static final String DESCRIPTION = GBIF + "Description";
    static final String MULTIMEDIA = GBIF + "Multimedia";

    static final String TAXON_ID = DWC + "taxonID";

    private DwcTerms() {}

    static String dwc(String local) {
        return DWC + local;
    }

    static String dc(String local) {
        return DC + local;
    }

    static String gbif(String local) {
        return GBIF + local;
    }

    static String localName(String term) {
        return term.substring(Math.max(term.lastIndexOf('/'), term.lastIndexOf('#')) + 1);
    }
}
