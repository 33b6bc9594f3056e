package vn.laocai.museum.app.sector;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.vocabulary.DCTerms;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * Growing areas (vùng trồng) by their growing-area code: the commune they lie in (a commune of a
 * former district, {@code bat-xat-y-ty}), their hectares, the species grown, whether they are
 * under forest canopy, and the organisation that runs them. Published by commune only: no column
 * takes a point or an outline.
 */
final class GrowingAreaTable extends SectorTables.Simple {

    static final String KEY = "growing-areas";

    GrowingAreaTable() {
        super(KEY, SectorTables.HERB + "GrowingArea", List.of(
                SectorColumn.text("code", true, SectorTable.property(SectorTables.HERB, "growingAreaCode"), null),
                SectorColumn.reference("commune", true, DCTerms.spatial, "place/", SectorTables.COMMUNE),
                SectorColumn.of("area_ha", SectorColumn.Kind.NUMBER, true, SectorTable.property(SectorTables.HERB, "areaHa")),
                SectorColumn.references("species", true, SectorTables.SPECIES, "species/", SectorTables.TAXON),
                SectorColumn.of("under_canopy", SectorColumn.Kind.BOOLEAN, true, SectorTable.property(SectorTables.HERB, "underCanopy")),
                SectorColumn.reference("operator", true, SectorTable.property(SectorTables.ORG, "siteOf"), "org/", SectorTables.ORGANISATION),
                SectorColumn.text("name_vi", false, SectorTables.NAME, "vi"),
                SectorColumn.text("name_en", false, SectorTables.NAME, "en")),
                List.of("code"), GrowingAreaTable::iriOf,
                SectorTables.HERB + "GrowingArea", SectorTables.ORG + "Site", SectorTables.SCHEMA + "Place");
    }

    /** {@code VN-LCI-BXT-YTY-0003} → {@code area/bxt-yty-0003}, as the corpus names its areas. */
    static String iriOf(Map<String, String> values) {
        String code = SectorValues.clean(values.get("code")).toLowerCase(Locale.ROOT);
        return MuseumVocab.ID + "area/" + code.replaceFirst("^vn-lci-", "").replaceFirst("^vn-", "");
    }

    /** The code's layout (country, province, former district, commune, sequence), with the reason when it is not one. */
    @Override
    List<FieldError> crossCheck(Map<String, String> values) {
        String code = SectorValues.clean(values.get("code"));
        if (code.isEmpty() || GrowingAreaCode.parse(code).isPresent()) {
            return List.of();
        }
        return List.of(GrowingAreaCode.problem(code).orElse("").startsWith("sequence")
                ? FieldError.of("code", "areaCodeSequence", code) : FieldError.of("code", "areaCode", code));
    }
}
