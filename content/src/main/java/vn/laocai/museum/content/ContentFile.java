package vn.laocai.museum.content;

import java.util.Objects;

/** One corpus file: its path under the corpus root (e.g. {@code species/panax-notoginseng.vi.md}) and its text. */
public record ContentFile(String path, String text) {

    public ContentFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
