package vn.laocai.museum.app.sector;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;

/** Small helpers for the text staff type: trimming, numbers with a decimal comma, slugs of free text. */
final class SectorValues {

    private SectorValues() {}

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** A number as typed, "1.5" or "1,5"; null when it is not one. */
    static BigDecimal decimal(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "Chợ Bắc Hà" → "cho-bac-ha": a free text as a segment of an IRI. */
    static String slugOf(String text) {
        String folded = Normalizer.normalize(clean(text).replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
