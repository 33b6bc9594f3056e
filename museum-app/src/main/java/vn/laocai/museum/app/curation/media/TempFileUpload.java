package vn.laocai.museum.app.curation.media;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.laocai.museum.media.check.Rejection;

/**
 * Streams each uploaded file to a temporary file, never holding it in memory, and stops at the
 * size limit. The receiver runs in the request's thread, outside the UI lock; the file is deleted
 * when it returns, unless the receiver has moved it elsewhere to keep it.
 */
final class TempFileUpload implements UploadHandler {

    /** Gets a received file, or the reason it was not received. */
    interface Receiver {
        void received(UploadEvent event, Path file);

        void refused(UploadEvent event, Rejection reason);
    }

    private final long maxBytes;
    private final Receiver receiver;

    TempFileUpload(long maxBytes, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            receiver.refused(event, tooLarge());
            return;
        }
        Path file = Files.createTempFile("museum-upload-", ".part");
        try {
            long copied = copy(event.getInputStream(), file);
            if (copied > maxBytes) {
                receiver.refused(event, tooLarge());
            } else {
                receiver.received(event, file);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    /** Copies at most one byte more than the limit: enough to know the file is too large. */
    private long copy(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in; OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    return total;
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    private Rejection tooLarge() {
        return UploadRefusal.UPLOAD_TOO_LARGE.with(String.format(java.util.Locale.ROOT, "%.0f", maxBytes / 1048576.0));
    }
}
