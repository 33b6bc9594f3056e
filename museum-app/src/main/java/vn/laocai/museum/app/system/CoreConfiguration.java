package vn.laocai.museum.app.system;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.media.EmbeddedS3Server;
import vn.laocai.museum.media.MediaStore;
import vn.laocai.museum.media.S3MediaStore;
import vn.laocai.museum.media.S3Settings;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.RemoteGraphStore;
import vn.laocai.museum.ontology.RemoteStoreSettings;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.search.GraphIndexer;
import vn.laocai.museum.search.SearchIndex;

/** Wires the three libraries (graph, search, media) from the museum's settings. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean(destroyMethod = "close")
    GraphStore graphStore(MuseumProperties properties) {
        MuseumProperties.Graph remote = properties.graph();
        if (remote.sparqlUrl() == null) {
            return Tdb2GraphStore.open(properties.graphDir());
        }
        RemoteStoreSettings settings = RemoteStoreSettings.defaults();
        if (remote.username() != null && !remote.username().isBlank()) {
            settings = settings.withCredentials(remote.username(), remote.password());
        }
        return RemoteGraphStore.connect(remote.sparqlUrl(), settings);
    }

    @Bean
    SpeciesCatalog speciesCatalog(GraphStore graphStore) {
        return new SpeciesCatalog(graphStore);
    }

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(MuseumProperties properties) {
        return SearchIndex.open(properties.indexDir());
    }

    @Bean
    GraphIndexer graphIndexer(GraphStore graphStore, SearchIndex index) {
        return new GraphIndexer(graphStore, index);
    }

    @Bean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }

    @Bean
    DocumentCatalog documentCatalog(GraphStore graphStore) {
        return new DocumentCatalog(graphStore);
    }

    @Bean
    DocumentSections documentSections(MarkdownRenderer markdownRenderer) {
        return new DocumentSections(markdownRenderer);
    }

    /** The in-process S3 server; only when no MinIO deployment is configured. */
    @Bean(destroyMethod = "close")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "museum.media.embedded", havingValue = "true", matchIfMissing = true)
    EmbeddedS3Server embeddedS3Server(MuseumProperties properties) throws Exception {
        MuseumProperties.Media media = properties.media();
        return EmbeddedS3Server.start(properties.mediaDir(), media.embeddedPort(),
                orRandom(media.accessKey()), orRandom(media.secretKey()));
    }

    @Bean(destroyMethod = "close")
    MediaStore mediaStore(MuseumProperties properties, org.springframework.beans.factory.ObjectProvider<EmbeddedS3Server> embedded) {
        MuseumProperties.Media media = properties.media();
        EmbeddedS3Server server = embedded.getIfAvailable();
        S3Settings settings = server != null
                ? server.settings(media.bucket())
                : new S3Settings(required(media.endpoint(), "museum.media.endpoint"), media.region(), media.bucket(),
                        required(media.accessKey(), "museum.media.access-key"), required(media.secretKey(), "museum.media.secret-key"));
        return S3MediaStore.connect(settings);
    }

    private static String orRandom(String value) {
        if (value != null && !value.isBlank()) {
            return value;
        }
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static <T> T required(T value, String property) {
        if (value == null) {
            throw new IllegalStateException(property + " must be set when museum.media.embedded=false");
        }
        return value;
    }
}
