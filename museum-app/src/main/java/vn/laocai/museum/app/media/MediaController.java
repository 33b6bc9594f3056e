package vn.laocai.museum.app.media;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.laocai.museum.media.MediaContent;
import vn.laocai.museum.media.MediaStore;
import vn.laocai.museum.media.MediaStoreException;
import vn.laocai.museum.media.ObjectKeys;

/**
 * Serves stored media at {@code /media/sha256/ab/<sha256>.<ext>}. Keys are content hashes, so a
 * response never changes: it is cached for a year and revalidated by ETag, and the app keeps the
 * small ones it served lately in memory ({@code museum.media.cache-mb}, default 64; 0 keeps none).
 */
@RestController
class MediaController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaStore store;
    private final RecentMedia recent;

    MediaController(MediaStore store, @Value("${museum.media.cache-mb:64}") long cacheMb) {
        this.store = store;
        this.recent = new RecentMedia(cacheMb * 1024 * 1024, 2 * 1024 * 1024);
    }

    @GetMapping("/media/sha256/{prefix}/{file}")
    ResponseEntity<StreamingResponseBody> get(@PathVariable String prefix, @PathVariable String file,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        String key = "sha256/" + prefix + "/" + file;
        if (!ObjectKeys.isValid(key)) {
            return ResponseEntity.notFound().build();
        }
        String etag = "\"" + file.substring(0, 64) + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOREVER).build();
        }
        Optional<HttpRange> part = singleRange(range);
        Optional<RecentMedia.Kept> kept = part.isPresent() ? Optional.empty() : recent.get(key);
        if (kept.isPresent()) {
            return whole(kept.get());
        }
        Optional<MediaContent> content;
        try {
            if (part.isPresent()) {
                return partial(key, part.get());
            }
            content = store.get(key);
            if (content.isPresent() && recent.keeps(content.get().object().size())) {
                try (MediaContent media = content.get()) {
                    RecentMedia.Kept read = new RecentMedia.Kept(media.stream().readAllBytes(), media.object().etag(),
                            media.object().contentType());
                    recent.put(key, read);
                    return whole(read);
                }
            }
        } catch (MediaStoreException | IOException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").build();
        }
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        MediaContent media = content.get();
        ResponseEntity.BodyBuilder response = described(ResponseEntity.ok(), media.object().etag(), media.object().contentType());
        if (media.object().size() >= 0) {
            response.contentLength(media.object().size());
        }
        return response.body(streamed(media));
    }

    /** A small object answered from memory. */
    private static ResponseEntity<StreamingResponseBody> whole(RecentMedia.Kept object) {
        return described(ResponseEntity.ok(), object.etag(), object.contentType()).contentLength(object.bytes().length)
                .body(out -> out.write(object.bytes()));
    }

    /**
     * A {@code 206} with the asked bytes (what a 3D viewer or a video player asks of a large file),
     * or {@code 416} when the range lies beyond the object.
     */
    private ResponseEntity<StreamingResponseBody> partial(String key, HttpRange range) {
        Optional<vn.laocai.museum.media.StoredObject> whole = store.stat(key);
        if (whole.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        long size = whole.get().size();
        long start;
        long end;
        try {
            start = range.getRangeStart(size);
            end = range.getRangeEnd(size);
            if (start >= size || end < start) {
                throw new IllegalArgumentException("beyond the object");
            }
        } catch (IllegalArgumentException e) {
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + size).build();
        }
        Optional<MediaContent> content = store.get(key, start, end - start + 1);
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        MediaContent media = content.get();
        return described(ResponseEntity.status(HttpStatus.PARTIAL_CONTENT), media.object().etag(), media.object().contentType())
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size)
                .contentLength(end - start + 1)
                .body(streamed(media));
    }

    /** The headers of every answer with bytes: ranges accepted, ETag, cached for good, the stored type. */
    private static ResponseEntity.BodyBuilder described(ResponseEntity.BodyBuilder response, String etag, String contentType) {
        return response.header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .eTag(etag)
                .cacheControl(FOREVER)
                .contentType(MediaType.parseMediaType(contentType));
    }

    /** Streams the content to the client and closes it, also when the client goes away. */
    private static StreamingResponseBody streamed(MediaContent media) {
        return out -> {
            try (media) {
                media.stream().transferTo(out);
            }
        };
    }

    /** One byte range of a {@code Range} header; several ranges or a malformed header get the whole file. */
    private static Optional<HttpRange> singleRange(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<HttpRange> ranges = HttpRange.parseRanges(header);
            return ranges.size() == 1 ? Optional.of(ranges.getFirst()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
