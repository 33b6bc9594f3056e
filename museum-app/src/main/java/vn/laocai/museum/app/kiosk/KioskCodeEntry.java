package vn.laocai.museum.app.kiosk;

import java.util.Optional;
import vn.laocai.museum.app.trace.DigitalLink;

/**
 * What the kiosk's keypad has typed: the product number (GTIN, digits only) and the lot (letters,
 * digits and hyphens), one of them taking the keys at a time.
 */
final class KioskCodeEntry {

    enum Field { GTIN, LOT }

    static final int GTIN_LENGTH = 14;
    static final int LOT_LENGTH = 20;

    private final StringBuilder gtin = new StringBuilder();
    private final StringBuilder lot = new StringBuilder();
    private Field field = Field.GTIN;

    Field field() {
        return field;
    }

    void select(Field chosen) {
        field = chosen;
    }

    /** Whether a key may go into the field that takes the keys now. */
    boolean accepts(char key) {
        return field == Field.GTIN ? key >= '0' && key <= '9' && gtin.length() < GTIN_LENGTH
                : (Character.isDigit(key) || (key >= 'A' && key <= 'Z') || key == '-') && lot.length() < LOT_LENGTH;
    }

    /** Types a key; a full GTIN passes the keys on to the lot. */
    void press(char key) {
        if (!accepts(key)) {
            return;
        }
        current().append(key);
        if (field == Field.GTIN && gtin.length() == GTIN_LENGTH) {
            field = Field.LOT;
        }
    }

    void delete() {
        StringBuilder typed = current();
        if (typed.length() > 0) {
            typed.setLength(typed.length() - 1);
        } else if (field == Field.LOT) {
            field = Field.GTIN;
        }
    }

    void clear() {
        gtin.setLength(0);
        lot.setLength(0);
        field = Field.GTIN;
    }

    String gtin() {
        return gtin.toString();
    }

    String lot() {
        return lot.toString();
    }

    /** The code typed, when it is a well-formed one (the GTIN's check digit right). */
    Optional<DigitalLink> code() {
        return DigitalLink.of(gtin(), lot());
    }

    /**
     * A code read by the camera, when it is one of this museum's: its Digital Link path, or a
     * Digital Link address on {@code origin} (the kiosk's own site).
     */
    static Optional<DigitalLink> scanned(String text, String origin) {
        if (text == null) {
            return Optional.empty();
        }
        String read = text.strip();
        if (read.startsWith("/01/")) {
            return DigitalLink.parse(read);
        }
        if (origin != null && !origin.isBlank() && read.startsWith(origin + "/01/")) {
            return DigitalLink.parse(read.substring(origin.length()));
        }
        return Optional.empty();
    }

    private StringBuilder current() {
        return field == Field.GTIN ? gtin : lot;
    }
}
