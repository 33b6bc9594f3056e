package vn.laocai.museum.app.media;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The museum's recently served small media objects, kept in memory up to a byte budget and
 * dropped least recently used first. Keys are content hashes, so a kept copy is never stale; the
 * hot pictures of a busy page are then answered without a trip to the S3 store — and keep being
 * answered while the store is down.
 *
 * <p>Only objects up to {@code largest} bytes are kept (thumbnails and page pictures, not 3D scans
 * or originals); a budget of 0 keeps nothing.
 */
final class RecentMedia {

    /** One kept object: its bytes and the headers it is served with. */
    record Kept(byte[] bytes, String etag, String contentType) {}

    private final long budget;
    private final long largest;
    private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long used;

    RecentMedia(long budgetBytes, long largestBytes) {
        this.budget = Math.max(0, budgetBytes);
        this.largest = Math.min(largestBytes, budget);
    }

    /** Whether an object of this size would be kept. */
    boolean keeps(long size) {
        return size >= 0 && size <= largest;
    }

    synchronized Optional<Kept> get(String key) {
        return Optional.ofNullable(kept.get(key));
    }

    synchronized void put(String key, Kept object) {
        if (!keeps(object.bytes().length)) {
            return;
        }
        Kept before = kept.put(key, object);
        used += object.bytes().length - (before == null ? 0 : before.bytes().length);
        for (Iterator<Map.Entry<String, Kept>> oldest = kept.entrySet().iterator(); used > budget && oldest.hasNext(); ) {
            used -= oldest.next().getValue().bytes().length;
            oldest.remove();
        }
    }

    synchronized long usedBytes() {
        return used;
    }

    synchronized int size() {
        return kept.size();
    }
}
