package vn.laocai.museum.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.laocai.museum.content.FrontMatter.Value;

/** Reads typed fields from one parsed file and records what is missing or wrong, with its line. */
final class FieldReader {

    private final ContentFile file;
    private final FrontMatter.Parsed parsed;
    private final String language;
    private final List<ContentError> errors;

    FieldReader(ContentFile file, FrontMatter.Parsed parsed, String language, List<ContentError> errors) {
        this.file = file;
        this.parsed = parsed;
        this.language = language;
        this.errors = errors;
    }

    String language() {
        return language;
    }

    String body() {
        return parsed.body();
    }

    void error(int line, String message) {
        errors.add(new ContentError(file.path(), line, message));
    }

    void allowOnly(Set<String> keys) {
        allowOnly(parsed.fields(), keys, "front matter");
    }

    void allowOnly(Map<String, Value> fields, Set<String> keys, String where) {
        fields.forEach((key, value) -> {
            if (!keys.contains(key)) {
                error(value.line(), where + ": unknown field '" + key + "'; allowed: " + new TreeSet<>(keys));
            }
        });
    }

    void requireEquals(String key, String expected) {
        String actual = required(key);
        if (actual != null && !actual.equals(expected)) {
            error(parsed.fields().get(key).line(), key + ": must be '" + expected + "', found '" + actual + "'");
        }
    }

    String required(String key) {
        Value value = parsed.fields().get(key);
        if (value == null) {
            error(1, key + ": missing (required)");
            return null;
        }
        return text(value, key, value.line());
    }

    Optional<String> optional(String key) {
        Value value = parsed.fields().get(key);
        return value == null ? Optional.empty() : Optional.ofNullable(text(value, key, value.line()));
    }

    Optional<Integer> optionalInt(String key, int min, int max) {
        return optional(key).flatMap(text -> {
            try {
                int number = Integer.parseInt(text.strip());
                if (number >= min && number <= max) {
                    return Optional.of(number);
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            error(parsed.fields().get(key).line(), key + ": must be a whole number from " + min + " to " + max);
            return Optional.empty();
        });
    }

    String oneOf(String key, Set<String> allowed, String fallback) {
        Value value = parsed.fields().get(key);
        return value == null ? fallback : checkOneOf(value, key, allowed);
    }

    String checkOneOf(Value value, String where, Set<String> allowed) {
        String text = text(value, where, value.line());
        if (text != null && !allowed.contains(text)) {
            error(value.line(), where + ": '" + text + "' is not one of " + new TreeSet<>(allowed));
            return null;
        }
        return text;
    }

    List<Value> list(String key) {
        Value value = parsed.fields().get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value.raw() instanceof List<?>)) {
            error(value.line(), key + ": must be a list");
            return List.of();
        }
        return value.list();
    }

    String text(Value value, String where, int line) {
        if (value == null) {
            error(line, where + ": missing (required)");
            return null;
        }
        if (!value.isText() || value.text().isBlank()) {
            error(value.line(), where + ": must be a non-empty text");
            return null;
        }
        return value.text().strip();
    }
}
