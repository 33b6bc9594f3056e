package vn.laocai.museum.app.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.laocai.museum.content.ContentFile;
import vn.laocai.museum.content.Corpus;

/** Finds the corpus: a directory named in the settings, or the one packaged in the content module's jar. */
public final class PackagedCorpus {

    private static final String ROOT = "corpus/";

    private PackagedCorpus() {}

    public static List<ContentFile> read(MuseumProperties properties) {
        if (properties.content().directory() != null) {
            return Corpus.fromDirectory(properties.content().directory());
        }
        return packaged();
    }

    /** The corpus packaged in the content module's jar (or its classes directory). */
    public static List<ContentFile> packaged() {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            List<ContentFile> files = new ArrayList<>();
            // Documents are Markdown; places, lists, marks and OCOP products are Turtle.
            for (String pattern : List.of("**/*.md", "**/*.ttl")) {
                for (Resource resource : resolver.getResources("classpath*:" + ROOT + pattern)) {
                    String url = resource.getURL().toString();
                    String path = url.substring(url.lastIndexOf("/" + ROOT) + ROOT.length() + 1);
                    files.add(new ContentFile(path, resource.getContentAsString(StandardCharsets.UTF_8)));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged corpus", e);
        }
    }
}
