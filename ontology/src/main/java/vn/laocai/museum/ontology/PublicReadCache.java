package vn.laocai.museum.ontology;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Keeps what was read from the public graph until the graph's next write: each value is filed
 * under the store's {@link GraphStore#publicVersion()} as it was before the read, so a write that
 * commits makes every older value unreachable at once (they then age out of the bounded cache).
 * A store that cannot tell its version gets no caching. Values must be immutable: they are shared
 * by every thread.
 *
 * <pre>{@code
 * PublicReadCache<String, Optional<SpeciesDetail>> details = new PublicReadCache<>(store, 500);
 * details.get(slug + "@" + language, () -> readFromGraph(slug, language));
 * }</pre>
 */
public final class PublicReadCache<K, V> {

    private record Versioned<K>(long version, K key) {}

    private final GraphStore store;
    private final Cache<Versioned<K>, V> values;

    /** @param maximumSize how many values to keep at most; keys may come from addresses typed by anyone */
    public PublicReadCache(GraphStore store, int maximumSize) {
        this.store = Objects.requireNonNull(store, "store");
        this.values = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The value read for {@code key} since the last write, or {@code read}'s answer, kept. */
    public V get(K key, Supplier<V> read) {
        Objects.requireNonNull(key, "key");
        OptionalLong version = store.publicVersion();
        if (version.isEmpty()) {
            return read.get();
        }
        return values.get(new Versioned<>(version.getAsLong(), key), unused -> read.get());
    }
}
