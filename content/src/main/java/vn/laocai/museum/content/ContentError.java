package vn.laocai.museum.content;

/** A problem in a corpus file, told the way a curator can fix it: {@code file:line: what is wrong}. */
public record ContentError(String path, int line, String message) {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
