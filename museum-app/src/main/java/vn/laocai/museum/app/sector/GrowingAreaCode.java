package vn.laocai.museum.app.sector;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A growing-area code (mã số vùng trồng): country, province, former district and commune codes and
 * a sequence number, {@code VN-LCI-BXT-YTY-0001}. The Plant Protection Department describes the
 * parts but its exact layout was not found, so this is the museum's interim layout (see the
 * vocabulary's herb:growingAreaCode); sequence 0000 is not a code.
 *
 * <pre>{@code
 * GrowingAreaCode.parse("VN-LCI-BXT-YTY-0001").map(GrowingAreaCode::commune);   // "YTY"
 * }</pre>
 */
public record GrowingAreaCode(String country, String province, String district, String commune, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("(VN)-([A-Z]{3})-([A-Z]{3})-([A-Z]{3})-([0-9]{4})");

    public static Optional<GrowingAreaCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(5)) == 0) {
            return Optional.empty();
        }
        return Optional.of(new GrowingAreaCode(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
                Integer.parseInt(matcher.group(5))));
    }

    /** Why a text is not a code, for a form or an import row; empty when it is one. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("empty");
        }
        if (!FORMAT.matcher(text.strip()).matches()) {
            return Optional.of("not VN-AAA-AAA-AAA-NNNN (country, province, former district, commune, sequence)");
        }
        return parse(text).isPresent() ? Optional.empty() : Optional.of("sequence 0000");
    }

    @Override
    public String toString() {
        return "%s-%s-%s-%s-%04d".formatted(country, province, district, commune, sequence);
    }
}
