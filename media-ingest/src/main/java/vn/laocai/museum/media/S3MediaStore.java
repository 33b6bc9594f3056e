package vn.laocai.museum.media;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.ontology.ComponentHealth;

/** {@link MediaStore} over the S3 API with minio-java: the same code for MinIO and the embedded server. */
public final class S3MediaStore implements MediaStore {

    private static final String SHA256_META = "sha256";

    private static final Logger log = LoggerFactory.getLogger(S3MediaStore.class);

    private final S3Settings settings;
    private final MinioClient client;
    private volatile boolean bucketReady;

    private S3MediaStore(S3Settings settings, MinioClient client) {
        this.settings = settings;
        this.client = client;
    }

    /**
     * Connects to the store and creates the bucket if it does not exist yet. A store that is down
     * does not stop the museum from starting: reads fail until it is back, and the bucket is
     * checked again before the first write.
     */
    public static S3MediaStore connect(S3Settings settings) {
        Objects.requireNonNull(settings, "settings");
        MinioClient client = MinioClient.builder()
                .endpoint(settings.endpoint().toString())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .build();
        // Short timeouts: a store that is down must not hang the pages that show media.
        client.setTimeout(TimeUnit.SECONDS.toMillis(3), TimeUnit.SECONDS.toMillis(30), TimeUnit.SECONDS.toMillis(30));
        S3MediaStore store = new S3MediaStore(settings, client);
        try {
            store.ensureBucket();
        } catch (MediaStoreException e) {
            log.warn("Media store unavailable at start, will retry: {}", e.getMessage());
        }
        return store;
    }

    private void ensureBucket() {
        if (bucketReady) {
            return;
        }
        call("create bucket " + settings.bucket(), () -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(settings.bucket()).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(settings.bucket()).region(settings.region()).build());
            }
            return null;
        });
        bucketReady = true;
    }

    @Override
    public StoredObject put(byte[] content, String contentType) {
        Objects.requireNonNull(content, "content");
        String sha256 = sha256(content);
        String key = ObjectKeys.forContent(sha256, MediaTypes.extension(contentType));
        ensureBucket();
        Optional<StoredObject> existing = stat(key);
        // A same-sized object under the content key is this content; any other size is what a
        // crash left half-written, and is replaced.
        if (existing.isPresent() && existing.get().size() == content.length) {
            return existing.get();
        }
        call("store " + key, () -> client.putObject(PutObjectArgs.builder()
                .bucket(settings.bucket())
                .object(key)
                .stream(new ByteArrayInputStream(content), content.length, -1)
                .contentType(contentType)
                .userMetadata(Map.of(SHA256_META, sha256))
                .build()));
        return new StoredObject(key, sha256, content.length, contentType);
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        ObjectKeys.check(key);
        return call("read metadata of " + key, () -> {
            try {
                StatObjectResponse stat = client.statObject(StatObjectArgs.builder().bucket(settings.bucket()).object(key).build());
                return Optional.of(toStored(key, stat.size(), stat.contentType(), stat.userMetadata().get(SHA256_META)));
            } catch (ErrorResponseException e) {
                if (isMissing(e)) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<MediaContent> get(String key) {
        ObjectKeys.check(key);
        return call("read " + key, () -> {
            try {
                GetObjectResponse response = client.getObject(GetObjectArgs.builder().bucket(settings.bucket()).object(key).build());
                String length = response.headers().get("Content-Length");
                String type = response.headers().get("Content-Type");
                String sha = response.headers().get("x-amz-meta-" + SHA256_META);
                StoredObject object = toStored(key, length == null ? -1 : Long.parseLong(length), type, sha);
                return Optional.of(new MediaContent(object, response));
            } catch (ErrorResponseException e) {
                if (isMissing(e)) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<MediaContent> get(String key, long offset, long length) {
        ObjectKeys.check(key);
        if (offset < 0 || length < 1) {
            throw new IllegalArgumentException("A range needs offset >= 0 and length >= 1, not " + offset + " and " + length);
        }
        return call("read part of " + key, () -> {
            try {
                GetObjectResponse response = client.getObject(GetObjectArgs.builder().bucket(settings.bucket()).object(key)
                        .offset(offset).length(length).build());
                // "bytes 1-3/77202": the size after the slash is the whole object's.
                String range = response.headers().get("Content-Range");
                long size = range == null ? -1 : Long.parseLong(range.substring(range.lastIndexOf('/') + 1).strip());
                StoredObject object = toStored(key, size, response.headers().get("Content-Type"),
                        response.headers().get("x-amz-meta-" + SHA256_META));
                return Optional.of(new MediaContent(object, response));
            } catch (ErrorResponseException e) {
                if (isMissing(e)) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public List<ListedObject> list() {
        return call("list objects", () -> {
            List<ListedObject> objects = new ArrayList<>();
            for (Result<Item> result : client.listObjects(ListObjectsArgs.builder()
                    .bucket(settings.bucket()).prefix("sha256/").recursive(true).build())) {
                Item item = result.get();
                if (ObjectKeys.isValid(item.objectName())) {
                    objects.add(new ListedObject(item.objectName(), item.size(),
                            item.lastModified() == null ? java.time.Instant.EPOCH : item.lastModified().toInstant()));
                }
            }
            return objects;
        });
    }

    @Override
    public void delete(String key) {
        ObjectKeys.check(key);
        call("delete " + key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object(key).build());
            return null;
        });
    }

    @Override
    public String presignedGetUrl(String key, Duration validFor) {
        ObjectKeys.check(key);
        return call("presign " + key, () -> client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                .method(Method.GET)
                .bucket(settings.bucket())
                .object(key)
                .expiry((int) validFor.toSeconds())
                .build()));
    }

    @Override
    public ComponentHealth health() {
        try {
            boolean exists = client.bucketExists(BucketExistsArgs.builder().bucket(settings.bucket()).build());
            return exists
                    ? ComponentHealth.up("S3 bucket '" + settings.bucket() + "' at " + settings.endpoint())
                    : ComponentHealth.down("S3 bucket '" + settings.bucket() + "' does not exist at " + settings.endpoint());
        } catch (Exception e) {
            return ComponentHealth.down("S3 store at " + settings.endpoint() + " unreachable: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new MediaStoreException("Cannot close the S3 client", e);
        }
    }

    private static StoredObject toStored(String key, long size, String contentType, String sha256) {
        String hash = sha256 != null ? sha256 : key.substring(key.lastIndexOf('/') + 1, key.lastIndexOf('/') + 65);
        return new StoredObject(key, hash, size, contentType == null ? "application/octet-stream" : contentType);
    }

    private static boolean isMissing(ErrorResponseException e) {
        String code = e.errorResponse().code();
        return "NoSuchKey".equals(code) || "NoSuchObject".equals(code) || "NotFound".equals(code);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface S3Call<T> {
        T run() throws Exception;
    }

    private <T> T call(String what, S3Call<T> action) {
        try {
            return action.run();
        } catch (MediaStoreException e) {
            throw e;
        } catch (Exception e) {
            throw new MediaStoreException("Cannot " + what + " in S3 bucket '" + settings.bucket() + "' at "
                    + settings.endpoint() + ": " + e.getMessage(), e);
        }
    }
}
