package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RemoteStoreSettingsTest {

    @Test
    void the_default_services_are_fusekis_under_the_dataset_url() {
        SparqlEndpoints endpoints = SparqlEndpoints.resolve(URI.create("http://fuseki:3030/museum/"),
                RemoteStoreSettings.defaults());
        assertThat(endpoints.dataset()).hasToString("http://fuseki:3030/museum");
        assertThat(endpoints.query()).hasToString("http://fuseki:3030/museum/sparql");
        assertThat(endpoints.update()).hasToString("http://fuseki:3030/museum/update");
        assertThat(endpoints.graphStore()).hasToString("http://fuseki:3030/museum/data");
    }

    @Test
    void a_service_may_be_another_name_the_dataset_url_itself_or_an_absolute_url() {
        var settings = RemoteStoreSettings.defaults().withServices("/query", "", "https://gsp.example/museum");
        SparqlEndpoints endpoints = SparqlEndpoints.resolve(URI.create("https://store.example/ds"), settings);
        assertThat(endpoints.query()).hasToString("https://store.example/ds/query");
        assertThat(endpoints.update()).hasToString("https://store.example/ds");
        assertThat(endpoints.graphStore()).hasToString("https://gsp.example/museum");
    }

    @Test
    void only_http_dataset_urls_are_accepted() {
        assertThatThrownBy(() -> RemoteGraphStore.connect(URI.create("file:///srv/museum")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RemoteGraphStore.connect(URI.create("museum")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void credentials_come_in_pairs_and_the_password_is_never_printed() {
        assertThatThrownBy(() -> new RemoteStoreSettings("sparql", "update", "data", Duration.ofSeconds(1),
                Duration.ofSeconds(1), "curator", null)).isInstanceOf(IllegalArgumentException.class);
        var settings = RemoteStoreSettings.defaults().withCredentials("curator", "s3cret");
        assertThat(settings.hasCredentials()).isTrue();
        assertThat(settings.toString()).contains("curator").doesNotContain("s3cret");
    }

    @Test
    void timeouts_must_be_positive() {
        assertThatThrownBy(() -> RemoteStoreSettings.defaults().withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
