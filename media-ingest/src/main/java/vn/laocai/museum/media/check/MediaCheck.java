package vn.laocai.museum.media.check;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decides what a file is from its bytes — never from its name — and checks it all the way
 * through: JPEG, PNG, TIFF, WebP, binary glTF ({@code .glb}) and JSON glTF ({@code .gltf}).
 * Thread-safe.
 *
 * <pre>{@code
 * MediaCheck check = new MediaCheck(MediaCheck.Limits.DEFAULT);
 * CheckedMedia media = check.check(bytes, siblings);   // throws MediaRejected with a reason
 * }</pre>
 */
public final class MediaCheck {

    /**
     * @param maxFileBytes  larger files are refused before they are read into memory
     * @param maxPixels     larger pictures are refused before they are decoded
     */
    public record Limits(long maxFileBytes, long maxPixels) {
        public static final Limits DEFAULT = new Limits(512L * 1024 * 1024, 200_000_000L);

        public Limits {
            if (maxFileBytes <= 0 || maxPixels <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    private final Limits limits;
    private final ImageCheck images;
    private final GltfCheck gltf = new GltfCheck();

    public MediaCheck(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.images = new ImageCheck(limits.maxPixels());
    }

    public Limits limits() {
        return limits;
    }

    /** Refuses a file by its size alone, before reading it. */
    public void checkSize(long size) {
        if (size > limits.maxFileBytes()) {
            throw RejectionCode.TOO_LARGE.reject(megabytes(size), megabytes(limits.maxFileBytes()));
        }
        if (size == 0) {
            throw RejectionCode.EMPTY_FILE.reject();
        }
    }

    /** Checks the bytes; {@code siblings} resolves the relative URIs of a {@code .gltf}. */
    public CheckedMedia check(byte[] bytes, GltfCheck.Siblings siblings) {
        checkSize(bytes.length);
        String type = sniff(bytes);
        return switch (type) {
            case "model/gltf-binary" -> new CheckedMedia.Model(type, bytes, gltf.checkGlb(bytes));
            case "model/gltf+json" -> {
                GltfCheck.SelfContained model = gltf.checkGltf(bytes, siblings);
                yield new CheckedMedia.Model(type, model.gltf(), model.stats());
            }
            default -> images.check(bytes, type);
        };
    }

    /** The media type the content says it is, or {@link MediaRejected} for anything else. */
    public static String sniff(byte[] b) {
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 'I', 'I', 42, 0) || startsWith(b, 'M', 'M', 0, 42)) {
            return "image/tiff";
        }
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        if (startsWith(b, 'g', 'l', 'T', 'F')) {
            return "model/gltf-binary";
        }
        String head = new String(b, 0, Math.min(b.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (head.startsWith("{")) {
            return "model/gltf+json";
        }
        throw RejectionCode.UNSUPPORTED_TYPE.reject();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
