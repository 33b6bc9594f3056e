package vn.laocai.museum.app.base.ui;

/** Where the browser fetches a stored media object. */
public final class MediaUrls {

    private MediaUrls() {}

    public static String of(String objectKey) {
        return "/media/" + objectKey;
    }
}
