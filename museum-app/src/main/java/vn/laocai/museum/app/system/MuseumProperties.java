package vn.laocai.museum.app.system;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The museum's settings ({@code museum.*} in application.properties, or {@code MUSEUM_*} variables).
 *
 * @param dataDir where everything on disk lives: graph/, index/, media/ (env MUSEUM_DATA_DIR)
 * @param media   the S3 media store: the embedded server, or a MinIO deployment
 * @param content where the corpus is read from
 * @param sparql  limits of the public SPARQL endpoint
 * @param graph   a remote SPARQL store to use instead of the embedded TDB2
 */
@ConfigurationProperties("museum")
public record MuseumProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Media media,
        @DefaultValue Content content,
        @DefaultValue Sparql sparql,
        @DefaultValue Graph graph) {

    /**
     * @param embedded     true: start the in-process S3 server under dataDir/media (MUSEUM_MEDIA_EMBEDDED)
     * @param endpoint     S3 endpoint of a MinIO deployment when not embedded (MUSEUM_MEDIA_ENDPOINT)
     * @param region       S3 region (MUSEUM_MEDIA_REGION)
     * @param bucket       bucket for originals and derivatives (MUSEUM_MEDIA_BUCKET)
     * @param accessKey    access key (MUSEUM_MEDIA_ACCESS_KEY); random per start when embedded and unset
     * @param secretKey    secret key (MUSEUM_MEDIA_SECRET_KEY); random per start when embedded and unset
     * @param embeddedPort port of the embedded server on 127.0.0.1; 0 picks a free one (MUSEUM_MEDIA_EMBEDDED_PORT)
     */
    public record Media(
            @DefaultValue("true") boolean embedded,
            URI endpoint,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("museum-media") String bucket,
            String accessKey,
            String secretKey,
            @DefaultValue("0") int embeddedPort) {}

    /** @param directory a corpus directory on disk; unset: the corpus packaged in the app (MUSEUM_CONTENT_DIRECTORY) */
    public record Content(Path directory) {}

    /**
     * @param timeout time limit of one query on the public endpoint; the query is stopped (MUSEUM_SPARQL_TIMEOUT)
     * @param maxRows rows (or triples) a result may hold; more are cut and the response says so (MUSEUM_SPARQL_MAX_ROWS)
     * @param maxConcurrent queries answered at once; more get 503 with Retry-After (MUSEUM_SPARQL_MAX_CONCURRENT)
     */
    public record Sparql(
            @DefaultValue("10s") java.time.Duration timeout,
            @DefaultValue("10000") int maxRows,
            @DefaultValue("4") int maxConcurrent) {}

    /**
     * @param sparqlUrl a remote SPARQL 1.1 dataset (e.g. {@code http://fuseki:3030/museum}, with /sparql,
     *                  /update, /data under it) to use instead of TDB2 under dataDir (MUSEUM_GRAPH_SPARQL_URL)
     * @param username  HTTP basic user for it, if any (MUSEUM_GRAPH_USERNAME)
     * @param password  its password (MUSEUM_GRAPH_PASSWORD)
     */
    public record Graph(java.net.URI sparqlUrl, String username, String password) {}

    public Path graphDir() {
        return dataDir.resolve("graph");
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }

    public Path mediaDir() {
        return dataDir.resolve("media");
    }
}
