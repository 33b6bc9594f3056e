package vn.laocai.museum.media.check;

import java.util.Locale;

/**
 * Every reason the ingest refuses a file for, each with its English sentence. The codes are
 * stable: pages translate them from their message bundles ({@code mediaUpload.reason.<code>}),
 * with the same {@code {n}} values. A glTF part is named as the glTF specification names it
 * ({@code accessor 3}, {@code mesh 0 primitive 1}), in every language.
 */
public enum RejectionCode {
    TOO_LARGE("too large: {0} exceeds the limit of {1}"),
    EMPTY_FILE("empty file"),
    UNSUPPORTED_TYPE("unsupported file type: not JPEG, PNG, TIFF, WebP or glTF 2.0 by its content"),
    NO_DECODER("unsupported: no decoder for {0} is installed"),
    TOO_MANY_PIXELS("too large: {0}×{1} pixels exceeds the limit of {2} megapixels"),
    JPEG_TRUNCATED("truncated JPEG: the end-of-image marker is missing"),
    IMAGE_CORRUPT("corrupt {0}: {1}"),
    IMAGE_UNREADABLE("corrupt or truncated {0}: {1}"),
    JPEG_NO_MARKER("corrupt JPEG: no marker at byte {0}"),
    JPEG_SEGMENT_PAST_END("corrupt JPEG: segment at byte {0} runs past the end"),
    JPEG_NO_SCAN("corrupt JPEG: no image data (start-of-scan) found"),
    CHUNK_PAST_END("corrupt {0}: chunk {1} runs past the end"),
    GLB_SHORTER_THAN_HEADER("truncated GLB: {0} bytes, shorter than the 12-byte header"),
    GLB_NO_MAGIC("not a GLB file: the header does not start with 'glTF'"),
    GLB_VERSION("unsupported glTF container version {0} (only 2 is supported)"),
    GLB_TRUNCATED("truncated GLB: header declares {0} bytes, file has {1}"),
    GLB_LENGTH_MISMATCH("GLB length mismatch: header declares {0} bytes, file has {1}"),
    GLB_CHUNK_HEADER_CUT("truncated GLB: chunk {0} header at byte {1} is cut off"),
    GLB_CHUNK_PAST_END("corrupt GLB: chunk {0} declares {1} bytes but only {2} remain"),
    GLB_CHUNK_ALIGNMENT("corrupt GLB: chunk {0} length {1} is not a multiple of 4"),
    GLB_FIRST_CHUNK_NOT_JSON("corrupt GLB: the first chunk is not JSON"),
    GLB_REPEATED_CHUNK("corrupt GLB: chunk {0} repeats a JSON or BIN chunk"),
    GLB_NO_JSON("corrupt GLB: no JSON chunk"),
    GLB_OUTSIDE_FILE("GLB buffer refers to an outside file '{0}'; a GLB must carry its data"),
    GLB_NO_BIN("corrupt GLB: buffer 0 has no uri but the file has no BIN chunk"),
    GLB_BUFFER_WITHOUT_URI("corrupt GLB: buffer {0} has no uri (only buffer 0 may use the BIN chunk)"),
    GLTF_BUFFER_WITHOUT_URI("buffer {0} has no uri; a .gltf file needs one for every buffer"),
    GLTF_JSON_CORRUPT("corrupt glTF JSON: {0}"),
    GLTF_JSON_NOT_OBJECT("corrupt glTF JSON: not a JSON object"),
    GLTF_VERSION_MISSING("not glTF 2.0: asset.version is missing"),
    GLTF_VERSION("unsupported glTF version {0} (only 2.x is supported)"),
    DATA_URI_NOT_BASE64("{0}: data URI is not base64"),
    DATA_URI_INVALID("{0}: data URI is not valid base64"),
    SIBLING_NOT_BESIDE("glTF refers to '{0}', which is not a file beside it"),
    SIBLING_OUTSIDE("glTF refers to '{0}', outside its folder"),
    SIBLING_UNREADABLE("glTF refers to '{0}', which cannot be read: {1}"),
    BUFFER_SHORT("buffer {0} declares {1} bytes but holds {2}"),
    VIEW_OUTSIDE_BUFFER("{0} (bytes {1}–{2}) lies outside buffer {3} of {4} bytes"),
    VIEW_STRIDE("{0} has an invalid byteStride {1}"),
    ACCESSOR_COMPONENT_TYPE("{0} has an unknown componentType {1}"),
    ACCESSOR_TYPE("{0} has an unknown type '{1}'"),
    ACCESSOR_ALIGNMENT("{0} byteOffset {1} is not a multiple of its component size {2}"),
    ACCESSOR_OUT_OF_RANGE("{0} reads {1} elements up to byte {2}, beyond its bufferView of {3} bytes"),
    SPARSE_TOO_MANY("{0} replaces {1} elements of an accessor of {2}"),
    SPARSE_INDEX_TYPE("{0} indices have an invalid componentType {1}"),
    SPARSE_OUT_OF_RANGE("{0} read up to byte {1}, beyond their bufferView of {2} bytes"),
    NODE_CHILD("node {0} has a child {1} that is not one of the {2} nodes"),
    INDICES_NOT_PACKED("{0}: index data must be tightly packed (byteStride {1})"),
    INDEX_OUT_OF_RANGE("{0}: index {1} is out of range of its {2} vertices"),
    POSITION_BOUNDS("{0}: the POSITION accessor needs min and max of 3 values (glTF 2.0 requires them)"),
    REFERENCE_OUT_OF_RANGE("{0} refers to {1} {2}, but there are only {3}"),
    FIELD_MISSING("{0} lacks an integer '{1}'"),
    FIELD_TOO_SMALL("{0} has {1} {2}, less than {3}"),
    NO_TARGET("no target: give the species, remedy or story (--target, or the manifest's target column)"),
    UNKNOWN_TARGET("target <{0}> is not a species, remedy or story in the graph"),
    NO_SUCH_FILE("no such file: {0}"),
    CANNOT_READ("cannot read: {0}"),
    FAILED("{0}: {1}");

    private final String english;

    RejectionCode(String english) {
        this.english = english;
    }

    /** {@code glb-truncated}: the key pages translate by. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The English sentence with {@code {n}} where the values go. */
    public String english() {
        return english;
    }

    /** This reason with its values. */
    public Rejection with(Object... params) {
        return Rejection.of(code(), english, params);
    }

    /** This reason, thrown. */
    public MediaRejected reject(Object... params) {
        return new MediaRejected(with(params));
    }
}
