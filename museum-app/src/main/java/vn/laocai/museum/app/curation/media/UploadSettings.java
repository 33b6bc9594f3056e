package vn.laocai.museum.app.curation.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Curators' media uploads ({@code museum.upload.*}, or {@code MUSEUM_UPLOAD_*}).
 *
 * @param maxFileSize largest file one upload takes; larger ones are refused while they stream
 *                    (MUSEUM_UPLOAD_MAX_FILE_SIZE, e.g. {@code 500MB})
 * @param threads     files checked and rendered at a time, in the background (MUSEUM_UPLOAD_THREADS)
 * @param queue       files that may wait for them; more are refused until the queue drains (MUSEUM_UPLOAD_QUEUE)
 */
@ConfigurationProperties("museum.upload")
public record UploadSettings(@DefaultValue("200MB") DataSize maxFileSize, @DefaultValue("1") int threads,
                             @DefaultValue("100") int queue) {

    public UploadSettings {
        if (threads < 1 || threads > 8 || queue < 1) {
            throw new IllegalArgumentException("museum.upload.threads must be 1–8 and museum.upload.queue at least 1");
        }
        if (maxFileSize.toBytes() <= 0 || maxFileSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("museum.upload.max-file-size must be between 1 byte and 2 GB: " + maxFileSize);
        }
    }
}
