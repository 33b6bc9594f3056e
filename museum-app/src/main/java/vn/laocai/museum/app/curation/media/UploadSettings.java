package vn.laocai.museum.app.curation.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Curators' media uploads ({@code museum.upload.*}, or {@code MUSEUM_UPLOAD_*}).
 *
 * @param maxFileSize largest file one upload takes; larger ones are refused while they stream
 *                    (MUSEUM_UPLOAD_MAX_FILE_SIZE, e.g. {@code 500MB})
 */
@ConfigurationProperties("museum.upload")
public record UploadSettings(@DefaultValue("200MB") DataSize maxFileSize) {

    public UploadSettings {
        if (maxFileSize.toBytes() <= 0 || maxFileSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("museum.upload.max-file-size must be between 1 byte and 2 GB: " + maxFileSize);
        }
    }
}
