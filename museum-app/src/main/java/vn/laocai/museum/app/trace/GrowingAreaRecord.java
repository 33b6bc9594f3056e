package vn.laocai.museum.app.trace;

import java.math.BigDecimal;
import java.util.List;

/**
 * What staff enter for a growing area: its code, commune, area, species, canopy and operator, by
 * the slugs of the corpus ({@code bat-xat-y-ty}, {@code angelica-sinensis}, {@code htx-mau-y-ty}).
 * Values are kept as typed so a form or an import row can say what is wrong with them.
 */
public record GrowingAreaRecord(String code, String commune, String areaHa, List<String> species, String underCanopy,
        String operator, String nameVi, String nameEn) {

    public GrowingAreaRecord {
        species = species == null ? List.of() : species.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The area as a number, or null when it is not one. */
    BigDecimal area() {
        try {
            return areaHa == null ? null : new BigDecimal(areaHa.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
