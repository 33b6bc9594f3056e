package vn.laocai.museum.app.export;

import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.laocai.museum.export.DumpCache;
import vn.laocai.museum.export.DumpFile;
import vn.laocai.museum.export.PublicDumps;

/**
 * Serves the public graph's dumps, {@code /dumps/museum-public.ttl.gz} and {@code .nq.gz}, written
 * on first request and again whenever the graph has changed. ETag and Last-Modified let scripts
 * re-download only what changed.
 */
@RestController
class DumpController {

    private static final MediaType GZIP = MediaType.parseMediaType("application/gzip");

    private final DumpCache dumps;

    DumpController(DumpCache dumps) {
        this.dumps = dumps;
    }

    @GetMapping("/dumps/{file}")
    ResponseEntity<Resource> dump(@PathVariable String file, WebRequest request) {
        if (!file.equals(DumpCache.TURTLE) && !file.equals(DumpCache.NQUADS)) {
            return ResponseEntity.notFound().build();
        }
        PublicDumps current = dumps.current();
        Optional<DumpFile> dump = current.file(file);
        if (dump.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        DumpFile found = dump.get();
        long modified = current.generated().toEpochMilli();
        if (request.checkNotModified(found.etag(), modified)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(found.etag()).lastModified(modified).build();
        }
        return ResponseEntity.ok()
                .contentType(GZIP)
                .contentLength(found.byteSize())
                .eTag(found.etag())
                .lastModified(modified)
                // Revalidate each time: the ETag answer is cheap, and a stale dump misleads.
                .cacheControl(CacheControl.noCache().cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(found.name()).build().toString())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(new FileSystemResource(found.path()));
    }
}
