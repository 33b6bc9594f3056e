package vn.laocai.museum.media;

import java.util.regex.Pattern;

/**
 * Object keys are derived from content (SHA-256), never from user input: {@code sha256/ab/abcd…ef.png}.
 * The same bytes always get the same key, so a file is stored once and no upload can overwrite
 * another object.
 */
public final class ObjectKeys {

    private static final Pattern KEY = Pattern.compile("sha256/([0-9a-f]{2})/\\1[0-9a-f]{62}(\\.[a-z0-9]{1,5})?");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,5}");

    private ObjectKeys() {}

    /** The key for content with this SHA-256 (64 lower-case hex digits) and file extension. */
    public static String forContent(String sha256, String extension) {
        if (!EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("Bad extension: " + extension);
        }
        String key = "sha256/" + sha256.substring(0, 2) + "/" + sha256 + "." + extension;
        return check(key);
    }

    /** Returns the key if it is a well-formed content key, else throws: guards every key from a request. */
    public static String check(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return key;
    }

    public static boolean isValid(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
