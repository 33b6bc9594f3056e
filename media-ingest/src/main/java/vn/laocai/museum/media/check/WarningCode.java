package vn.laocai.museum.media.check;

import java.util.Locale;

/**
 * Every warning the ingest stores a file with, each with its English sentence. As with
 * {@link RejectionCode}, the codes are stable: pages translate them from their message bundles
 * ({@code mediaUpload.warning.<code>}) with the same {@code {n}} values, and the command line and the
 * logs (the upload's too) keep the English sentence.
 */
public enum WarningCode {
    /** A 3D model heavier than the kiosks' budget: its size in MB, then the budget in MB. */
    KIOSK_SIZE("over the kiosk budget: {0} MB > {1} MB"),
    /** A 3D model with more triangles than the kiosks' budget: its triangles, then the budget. */
    KIOSK_TRIANGLES("over the kiosk budget: {0} triangles > {1}");

    private final String english;

    WarningCode(String english) {
        this.english = english;
    }

    /** {@code kiosk-size}: the key pages translate by. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The English sentence with {@code {n}} where the values go. */
    public String english() {
        return english;
    }

    /** This warning with its values. */
    public MediaWarning with(Object... params) {
        Rejection filled = Rejection.of(code(), english, params);
        return new MediaWarning(filled.code(), filled.params(), filled.text());
    }
}
