package vn.laocai.museum.media.check;

import java.util.List;
import java.util.Objects;

/**
 * Something the ingest warns of about a file it stored (a 3D model over the kiosk budget), in a
 * form any language can say: a stable code ({@link WarningCode}), the values the sentence names,
 * and the English sentence the command line and the logs print.
 *
 * <pre>{@code
 * MediaWarning warning = WarningCode.KIOSK_TRIANGLES.with(1800, 1000);
 * warning.text(); // "over the kiosk budget: 1800 triangles > 1000"
 * }</pre>
 */
public record MediaWarning(String code, List<String> params, String text) {

    public MediaWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        params = List.copyOf(params);
    }

    @Override
    public String toString() {
        return text;
    }
}
