package vn.laocai.museum.app.trace;

import com.vaadin.flow.router.RouteParameters;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lot's trace code as a GS1 Digital Link path: {@code /01/<GTIN-14>/10/<lot>}, the address a
 * product's QR code holds. The printed, human-readable form is the GS1 element string
 * {@code (01)02000000000015(10)TDQ-2503-01}.
 *
 * <pre>{@code
 * DigitalLink.parse("/01/02000000000015/10/TDQ-2503-01").map(DigitalLink::path);
 * }</pre>
 */
public record DigitalLink(Gtin gtin, String lot) {

    /** Lot numbers: GS1 allows up to 20 characters; we take letters, digits and hyphens. */
    static final Pattern LOT = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern PATH = Pattern.compile("/01/([0-9]{8,14})/10/([^/?#]+)/?");

    public DigitalLink {
        Objects.requireNonNull(gtin, "gtin");
        if (lot == null || !LOT.matcher(lot).matches()) {
            throw new IllegalArgumentException("Not a lot number: " + lot);
        }
    }

    /** The code in a path (or the path of a URL); empty when it is not a well-formed code. */
    public static Optional<DigitalLink> parse(String pathOrUrl) {
        if (pathOrUrl == null) {
            return Optional.empty();
        }
        Matcher matcher = PATH.matcher(pathOrUrl.replaceFirst("^https?://[^/]+", ""));
        if (!matcher.matches() || !LOT.matcher(matcher.group(2)).matches()) {
            return Optional.empty();
        }
        return Gtin.parse(matcher.group(1)).map(gtin -> new DigitalLink(gtin, matcher.group(2)));
    }

    private static final Pattern ELEMENT_STRING = Pattern.compile("\\(01\\)([0-9]{8,14})\\(10\\)([A-Za-z0-9-]{1,20})");

    /** The code in a trace page's route ({@code 01/:gtin/10/:lot}), if it is a well-formed one. */
    public static Optional<DigitalLink> of(RouteParameters route) {
        return of(route.get("gtin").orElse(""), route.get("lot").orElse(""));
    }

    /** A code as a visitor may type it: the printed {@code (01)…(10)…}, or a Digital Link path or URL. */
    public static Optional<DigitalLink> parseTyped(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip().replace(" ", "");
        Matcher printed = ELEMENT_STRING.matcher(typed);
        return printed.matches() ? of(printed.group(1), printed.group(2)) : parse(typed);
    }

    public static Optional<DigitalLink> of(String gtin, String lot) {
        if (lot == null || !LOT.matcher(lot).matches()) {
            return Optional.empty();
        }
        return Gtin.parse(gtin).map(parsed -> new DigitalLink(parsed, lot));
    }

    /** The path on the museum's site, and the path part of the QR code's URL. */
    public String path() {
        return "/01/" + gtin.digits() + "/10/" + lot;
    }

    /** The printed form under the QR code. */
    public String elementString() {
        return "(01)" + gtin.digits() + "(10)" + lot;
    }
}
