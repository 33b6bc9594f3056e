package vn.laocai.museum.media;

/** The media store could not do what was asked (unreachable, refused, or failed midway). */
public final class MediaStoreException extends RuntimeException {

    public MediaStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
