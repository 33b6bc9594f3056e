package vn.laocai.museum.app.sector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The check of one value against its column, without the graph: required, number, date, range, choice, slug. */
final class SectorChecks {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private SectorChecks() {}

    static Optional<FieldError> check(SectorColumn column, String raw) {
        String value = SectorValues.clean(raw);
        String name = column.name();
        if (column.kind() == SectorColumn.Kind.REFERENCES) {
            List<String> slugs = column.slugs(value);
            if (slugs.isEmpty()) {
                return column.required() ? Optional.of(FieldError.of(name, "required")) : Optional.empty();
            }
            return slugs.stream().filter(slug -> !slug.matches(SLUG)).findFirst().map(slug -> FieldError.of(name, "slug", slug));
        }
        if (value.isEmpty()) {
            return column.required() ? Optional.of(FieldError.of(name, "required")) : Optional.empty();
        }
        return switch (column.kind()) {
            case ID, REFERENCE, REFERENCES -> value.matches(SLUG) ? Optional.empty() : Optional.of(FieldError.of(name, "slug", value));
            case TEXT -> value.length() <= 300 ? Optional.empty() : Optional.of(FieldError.of(name, "tooLong", "300"));
            case NUMBER -> {
                BigDecimal number = SectorValues.decimal(value);
                if (number == null) {
                    yield Optional.of(FieldError.of(name, "number", value));
                }
                yield number.signum() < 0 ? Optional.of(FieldError.of(name, "negative", value)) : Optional.empty();
            }
            case INTEGER -> {
                if (!value.matches("-?[0-9]{1,9}")) {
                    yield Optional.of(FieldError.of(name, "integer", value));
                }
                yield range(column, Integer.parseInt(value), value);
            }
            case YEAR -> value.matches("[0-9]{4}") ? range(column, Integer.parseInt(value), value)
                    : Optional.of(FieldError.of(name, "year", value));
            case DATE -> date(value).isPresent() ? Optional.empty() : Optional.of(FieldError.of(name, "date", value));
            case BOOLEAN -> value.equals("true") || value.equals("false") ? Optional.empty()
                    : Optional.of(FieldError.of(name, "boolean", value));
            case CHOICE -> column.choices().contains(value) ? Optional.empty()
                    : Optional.of(FieldError.of(name, "choice", value, String.join(", ", column.choices())));
        };
    }

    private static Optional<FieldError> range(SectorColumn column, int number, String value) {
        int min = column.min() == null ? Integer.MIN_VALUE : column.min();
        int max = column.max() == null ? Integer.MAX_VALUE : column.max();
        return number < min || number > max
                ? Optional.of(FieldError.of(column.name(), "range", value, String.valueOf(min), String.valueOf(max)))
                : Optional.empty();
    }

    /** A date as ISO 8601 ({@code 2026-05-01}), the form a spreadsheet exports when told to. */
    static Optional<LocalDate> date(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
