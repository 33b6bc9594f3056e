package vn.laocai.museum.app.curation.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Checks, renders, stores and describes uploaded files away from the request and the page: a
 * small pool ({@code museum.upload.threads}, default 1) with a bounded queue
 * ({@code museum.upload.queue}), so a 100 MB model or a 12-megapixel photograph never holds a
 * request open and a burst of uploads cannot take every core. Each file's outcome is recorded in
 * the audit log whether or not anyone still watches; the page that submitted it follows its
 * stages through its observer. On shutdown the pool finishes what it has begun.
 *
 * <pre>{@code
 * jobs.submit(target, batch, details, "lan", "203.0.113.9", progress -> ui.access(() -> show(progress)));
 * }</pre>
 */
public final class UploadJobs implements AutoCloseable {

    /** RECEIVED: on disk, waiting; CHECKING: being checked, rendered and stored; DONE: see the outcome. */
    public enum Stage { RECEIVED, CHECKING, DONE }

    /**
     * One file (or one {@code .gltf} with the files it names) on its way.
     *
     * @param outcome what became of it; null until {@link Stage#DONE}
     */
    public record Progress(long id, UploadTarget target, String fileName, List<String> siblings, Stage stage, UploadOutcome outcome) {
        public Progress {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(stage, "stage");
            siblings = List.copyOf(siblings);
        }

        Progress to(Stage next, UploadOutcome result) {
            return new Progress(id, target, fileName, siblings, next, result);
        }
    }

    /** Told of every stage; called from the worker threads, so a page must hand it to its UI with {@code UI.access}. */
    @FunctionalInterface
    public interface Observer {
        void changed(Progress progress);
    }

    private static final Logger log = LoggerFactory.getLogger(UploadJobs.class);

    private final MediaUploads uploads;
    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final List<Observer> observers = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    public UploadJobs(MediaUploads uploads, int threads, int queue) {
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(queue);
        pool.setThreadNamePrefix("museum-upload-");
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(120);
        pool.initialize();
    }

    /** Adds an observer of every upload (the bench, the logs); removed by the returned handle. */
    public AutoCloseable observe(Observer observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
        return () -> observers.remove(observer);
    }

    /**
     * Queues every group of the batch; the batch's folder is removed once the last is done. Returns
     * their first stage: RECEIVED, or DONE and refused when the queue is full.
     */
    List<Progress> submit(UploadTarget target, UploadBatch batch, UploadDetails details, String actor, String address, Observer page) {
        List<UploadBatch.Group> groups = batch.groups();
        if (groups.isEmpty()) {
            batch.delete();
            return List.of();
        }
        AtomicInteger remaining = new AtomicInteger(groups.size());
        List<Progress> first = new ArrayList<>();
        for (UploadBatch.Group group : groups) {
            Progress received = new Progress(ids.incrementAndGet(), target, group.name(), group.siblings(), Stage.RECEIVED, null);
            Runnable last = () -> {
                if (remaining.decrementAndGet() == 0) {
                    batch.delete();
                }
            };
            // Told before the worker can tell of CHECKING, so a page never sees the stages out of order.
            tell(page, received);
            try {
                pool.execute(() -> {
                    try {
                        tell(page, received.to(Stage.CHECKING, null));
                        UploadOutcome outcome = uploads.ingest(target, group.file(), group.name(), details, actor, address);
                        tell(page, received.to(Stage.DONE, outcome));
                    } finally {
                        last.run();
                    }
                });
                first.add(received);
            } catch (TaskRejectedException e) {
                UploadOutcome refused = uploads.refuse(target, group.name(), UploadRefusal.QUEUE_FULL.with(), actor, address);
                Progress done = received.to(Stage.DONE, refused);
                tell(page, done);
                first.add(done);
                last.run();
            }
        }
        return first;
    }

    private void tell(Observer page, Progress progress) {
        notify(page, progress);
        for (Observer observer : observers) {
            notify(observer, progress);
        }
    }

    private static void notify(Observer observer, Progress progress) {
        try {
            observer.changed(progress);
        } catch (RuntimeException e) {
            // A page closed meanwhile must not stop the ingest; the outcome is in the audit log already.
            log.debug("Upload observer failed on {}: {}", progress.fileName(), e.toString());
        }
    }

    /** Stops taking work and waits (up to two minutes) for what was queued. */
    @Override
    public void close() {
        pool.shutdown();
    }
}
