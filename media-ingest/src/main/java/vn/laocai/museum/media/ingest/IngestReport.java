package vn.laocai.museum.media.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The outcome of one batch, file by file, in the order the files were given. */
public record IngestReport(List<ItemResult> results, Duration elapsed) {

    public IngestReport {
        results = List.copyOf(results);
    }

    public long count(ItemResult.Status status) {
        return results.stream().filter(result -> result.status() == status).count();
    }

    public List<ItemResult> failures() {
        return results.stream().filter(result -> result.status() == ItemResult.Status.FAILED).toList();
    }

    public boolean succeeded() {
        return failures().isEmpty();
    }

    public long bytes() {
        return results.stream().mapToLong(ItemResult::bytes).sum();
    }

    /** One line: counts, volume and rates. */
    public String summary() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return String.format(Locale.ROOT,
                "%d files in %.1f s: %d stored, %d linked, %d unchanged, %d failed; %.1f MB read, %.1f files/s, %.1f MB/s",
                results.size(), seconds, count(ItemResult.Status.STORED), count(ItemResult.Status.LINKED),
                count(ItemResult.Status.UNCHANGED), count(ItemResult.Status.FAILED), bytes() / 1e6,
                results.size() / seconds, bytes() / 1e6 / seconds);
    }
}
