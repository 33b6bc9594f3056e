package vn.laocai.museum.media.ingest;

import java.util.List;
import java.util.Objects;
import vn.laocai.museum.media.check.MediaCheck;
import vn.laocai.museum.media.image.Renditions;

/**
 * How an ingest runs.
 *
 * @param limits             files and pictures larger than this are refused
 * @param kioskMaxBytes      a 3D model larger than this is stored with a warning: too heavy for the kiosks
 * @param kioskMaxTriangles  likewise for its triangle count
 * @param stripAllOriginals  strip metadata from every original, not only those of protected species
 * @param longEdges          rendition sizes (long edge, pixels)
 * @param jpegQuality        quality of JPEG renditions, 0–1
 * @param threads            files processed at once
 */
public record IngestSettings(MediaCheck.Limits limits, long kioskMaxBytes, long kioskMaxTriangles, boolean stripAllOriginals,
        List<Integer> longEdges, float jpegQuality, int threads) {

    public static final IngestSettings DEFAULT = new IngestSettings(MediaCheck.Limits.DEFAULT, 15_000_000L, 500_000L, false,
            Renditions.LONG_EDGES, 0.85f, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));

    public IngestSettings {
        Objects.requireNonNull(limits, "limits");
        longEdges = List.copyOf(longEdges);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public IngestSettings withStripAllOriginals(boolean strip) {
        return new IngestSettings(limits, kioskMaxBytes, kioskMaxTriangles, strip, longEdges, jpegQuality, threads);
    }

    public IngestSettings withThreads(int count) {
        return new IngestSettings(limits, kioskMaxBytes, kioskMaxTriangles, stripAllOriginals, longEdges, jpegQuality, count);
    }
}
