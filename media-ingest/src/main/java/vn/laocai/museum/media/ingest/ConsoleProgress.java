package vn.laocai.museum.media.ingest;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress line of {@code ingest}: megabytes done, MB/s and ETA by volume (files differ a lot
 * in size), and the file counts. On a terminal it redraws one line; into a log it writes a line
 * every few seconds. Each finished file that failed or carries a warning is printed as it happens.
 */
final class ConsoleProgress implements IngestListener, AutoCloseable {

    private static final long MEGABYTE = 1_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile int total;
    private volatile long startedNanos;
    private ProgressBar bar;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(int files, long bytes) {
        total = files;
        startedNanos = System.nanoTime();
        ProgressBarConsumer consumer = terminal ? new ConsoleProgressBarConsumer(out, 140) : new DelegatingProgressBarConsumer(out::println, 140);
        bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(Math.max(1, bytes)).setUnit(" MB", MEGABYTE)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setConsumer(consumer).setMaxRenderedLength(140)
                .setUpdateIntervalMillis(terminal ? 500 : 5000).build();
        bar.setExtraMessage(counts());
    }

    @Override
    public synchronized void finished(ItemResult result) {
        done.incrementAndGet();
        if (result.status() == ItemResult.Status.FAILED) {
            failed.incrementAndGet();
            message("FAILED  " + result.item().source() + ": " + result.reason());
        } else if (result.status() == ItemResult.Status.STORED) {
            stored.incrementAndGet();
        }
        result.warnings().forEach(warning -> message("WARNING " + result.item().source() + ": " + warning.text()));
        if (bar != null) {
            bar.stepBy(result.bytes());
            bar.setExtraMessage(counts());
        }
    }

    private void message(String line) {
        out.println((terminal ? "\r" : "") + line);
    }

    private String counts() {
        double seconds = Math.max((System.nanoTime() - startedNanos) / 1e9, 1e-3);
        return String.format(Locale.ROOT, " · %d/%d files, %d stored, %d failed, %.1f files/s", done.get(), total, stored.get(),
                failed.get(), done.get() / seconds);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
