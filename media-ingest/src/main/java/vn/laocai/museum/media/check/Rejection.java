package vn.laocai.museum.media.check;

import java.util.List;
import java.util.Objects;

/**
 * Why a file was refused, in a form any language can say: a stable code, the values the sentence
 * names ({@code {0}}, {@code {1}} …), and the English sentence the command line and the logs print.
 *
 * <pre>{@code
 * Rejection why = RejectionCode.GLB_TRUNCATED.with(15488, 500);
 * why.text();   // "truncated GLB: header declares 15488 bytes, file has 500"
 * }</pre>
 *
 * @param code   stable, lower-case and hyphenated ({@code glb-truncated}); message bundles key on it
 * @param params the values in the order the sentence uses them
 * @param text   the English sentence
 */
public record Rejection(String code, List<String> params, String text) {

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        params = List.copyOf(params);
    }

    /** A reason with the given code whose English sentence is {@code pattern} with {@code {n}} filled from {@code params}. */
    public static Rejection of(String code, String pattern, Object... params) {
        List<String> values = java.util.Arrays.stream(params).map(String::valueOf).toList();
        return new Rejection(code, values, fill(pattern, values));
    }

    /** {@code {0}}, {@code {1}} … replaced by the values; nothing else in the pattern is special. */
    public static String fill(String pattern, List<String> values) {
        String text = pattern;
        for (int i = 0; i < values.size(); i++) {
            text = text.replace("{" + i + "}", values.get(i));
        }
        return text;
    }
}
