package vn.laocai.museum.media.ingest;

/** Hears of a batch's progress; called from the worker threads, so implementations must be thread-safe. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {};

    default void started(int files, long bytes) {}

    default void finished(ItemResult result) {}
}
