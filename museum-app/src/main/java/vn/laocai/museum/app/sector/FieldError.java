package vn.laocai.museum.app.sector;

import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one field of a row: the column, a code whose text is {@code sector.error.<code>}
 * in the message bundles, and the values that text names. Kept untranslated, so a form shows it in
 * the visitor's language and a test asserts it exactly.
 *
 * @param field a column name, or {@code record} when the fault is not of one field
 */
public record FieldError(String field, String code, List<String> args) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : List.copyOf(args);
    }

    static FieldError of(String field, String code, String... args) {
        return new FieldError(field, code, List.of(args));
    }

    @Override
    public String toString() {
        return field + ": " + code + (args.isEmpty() ? "" : " " + args);
    }
}
