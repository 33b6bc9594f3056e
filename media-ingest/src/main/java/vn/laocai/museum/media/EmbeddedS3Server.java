package vn.laocai.museum.media;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.filesystem.FilesystemApiMetadata;
import org.jclouds.filesystem.reference.FilesystemConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3-compatible server inside the museum's own process (s3proxy over a directory), so the
 * museum runs with no MinIO to install. It speaks the same S3 API, so {@link S3MediaStore} does not
 * know the difference.
 *
 * <pre>{@code
 * try (EmbeddedS3Server s3 = EmbeddedS3Server.start(Path.of("data/media"), 0, "key", "secret")) {
 *     MediaStore store = S3MediaStore.connect(s3.settings("museum-media"));
 * }
 * }</pre>
 */
public final class EmbeddedS3Server implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedS3Server.class);

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final String accessKey;
    private final String secretKey;

    private EmbeddedS3Server(S3Proxy proxy, BlobStoreContext context, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.context = context;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** Starts the server on 127.0.0.1 ({@code port} 0 picks a free one), storing objects under {@code directory}. */
    public static EmbeddedS3Server start(Path directory, int port, String accessKey, String secretKey) throws Exception {
        Objects.requireNonNull(directory, "directory");
        Files.createDirectories(directory);
        Properties properties = new Properties();
        properties.setProperty(FilesystemConstants.PROPERTY_BASEDIR, directory.toAbsolutePath().toString());
        BlobStoreContext context = ContextBuilder.newBuilder(new FilesystemApiMetadata())
                .overrides(properties)
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                proxy.stop();
                context.close();
                throw new IllegalStateException("Embedded S3 server did not start within 10 s (state " + proxy.getState() + ")");
            }
            Thread.sleep(10);
        }
        log.info("Embedded S3 server on port {} storing under {}", proxy.getPort(), directory);
        return new EmbeddedS3Server(proxy, context, accessKey, secretKey);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** Settings for an {@link S3MediaStore} that talks to this server. */
    public S3Settings settings(String bucket) {
        return new S3Settings(endpoint(), "us-east-1", bucket, accessKey, secretKey);
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            log.warn("Embedded S3 server did not stop cleanly: {}", e.getMessage());
        } finally {
            context.close();
        }
    }
}
