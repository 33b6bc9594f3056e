package vn.laocai.museum.media;

import java.net.URI;
import java.util.Objects;

/** Where the S3 store is and how to sign in: a MinIO deployment or the embedded server. */
public record S3Settings(URI endpoint, String region, String bucket, String accessKey, String secretKey) {

    public S3Settings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        region = region == null || region.isBlank() ? "us-east-1" : region;
    }

    @Override
    public String toString() {
        // Never print the secret key.
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + "]";
    }
}
