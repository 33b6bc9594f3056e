package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.junit.jupiter.api.Test;

class HttpFailuresTest {

    @Test
    void names_the_cause_under_jenas_wrappers() {
        assertThat(HttpFailures.reason(new HttpException("POST x", new ConnectException())))
                .isEqualTo("connection refused");
        ConnectException unresolved = new ConnectException();
        unresolved.initCause(new UnresolvedAddressException());
        assertThat(HttpFailures.reason(new QueryExceptionHTTP(new HttpException("GET x", unresolved))))
                .isEqualTo("unknown host");
        assertThat(HttpFailures.reason(new HttpException("GET x", new HttpConnectTimeoutException("slow"))))
                .isEqualTo("no connection within the connect timeout");
        assertThat(HttpFailures.reason(new HttpException("GET x", new HttpTimeoutException("slow"))))
                .isEqualTo("no answer within the request timeout");
    }

    @Test
    void gives_the_http_status_the_store_answered_with() {
        assertThat(HttpFailures.reason(new QueryExceptionHTTP(503, "Service Unavailable"))).isEqualTo("HTTP 503");
        assertThat(HttpFailures.reason(new HttpException(401, "Unauthorized"))).isEqualTo("HTTP 401");
    }

    @Test
    void falls_back_to_the_innermost_message() {
        assertThat(HttpFailures.reason(new IllegalStateException("outer", new RuntimeException("inner"))))
                .isEqualTo("inner");
    }
}
