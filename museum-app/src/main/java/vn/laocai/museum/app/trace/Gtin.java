package vn.laocai.museum.app.trace;

import java.util.Optional;

/**
 * A GS1 Global Trade Item Number (GTIN-8, -12, -13 or -14) with a correct check digit, held as
 * the 14 digits GS1 Digital Link uses.
 *
 * <pre>{@code
 * Gtin.parse("2000000000015").map(Gtin::digits);   // "02000000000015"
 * }</pre>
 */
public record Gtin(String digits) {

    public Gtin {
        if (digits == null || !digits.matches("[0-9]{14}") || !checkDigitHolds(digits)) {
            throw new IllegalArgumentException("Not a GTIN-14 with a valid check digit: " + digits);
        }
    }

    /** The GTIN written with 8, 12, 13 or 14 digits, padded to 14; empty when malformed or the check digit is wrong. */
    public static Optional<Gtin> parse(String text) {
        if (text == null || !text.matches("[0-9]{8}|[0-9]{12,14}")) {
            return Optional.empty();
        }
        String digits = "0".repeat(14 - text.length()) + text;
        return checkDigitHolds(digits) ? Optional.of(new Gtin(digits)) : Optional.empty();
    }

    /**
     * The GS1 check digit of the digits before it: from the right, weights 3, 1, 3, 1 …; the digit
     * brings the sum to a multiple of ten.
     */
    public static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }

    static boolean checkDigitHolds(String digits) {
        return checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }
}
