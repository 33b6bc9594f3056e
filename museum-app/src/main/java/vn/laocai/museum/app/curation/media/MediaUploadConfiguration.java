package vn.laocai.museum.app.curation.media;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.media.MediaStore;
import vn.laocai.museum.media.check.MediaCheck;
import vn.laocai.museum.media.ingest.IngestPipeline;
import vn.laocai.museum.media.ingest.IngestSettings;
import vn.laocai.museum.ontology.GraphStore;

/** Curators' uploads run through the ingest pipeline of {@code ./museum ingest}, with the upload size limit, on a pool of their own. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadSettings.class)
class MediaUploadConfiguration {

    @Bean
    MediaUploads mediaUploads(GraphStore graph, MediaStore media, AuditLog audit, Clock clock, UploadSettings settings) {
        IngestSettings defaults = IngestSettings.DEFAULT;
        IngestSettings ingest = new IngestSettings(
                new MediaCheck.Limits(settings.maxFileSize().toBytes(), defaults.limits().maxPixels()),
                defaults.kioskMaxBytes(), defaults.kioskMaxTriangles(), defaults.stripAllOriginals(), defaults.longEdges(),
                defaults.jpegQuality(), 1);
        return new MediaUploads(graph, new IngestPipeline(graph, media, ingest), audit, clock);
    }

    /** Closed before the graph and the media store it writes to, which it depends on. */
    @Bean(destroyMethod = "close")
    UploadJobs uploadJobs(MediaUploads uploads, UploadSettings settings) {
        return new UploadJobs(uploads, settings.threads(), settings.queue());
    }
}
