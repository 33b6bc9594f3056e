package vn.laocai.museum.app.sparql;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import vn.laocai.museum.app.system.MuseumProperties;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.sparql.PublicSparql;

/** The public query service behind {@code /sparql} and the query page, with the configured limits. */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration {

    @Bean
    PublicSparql publicSparql(GraphStore store, MuseumProperties properties) {
        return new PublicSparql(store, properties.sparql().timeout(), properties.sparql().maxRows());
    }

    /** The query page's logic, over the same service as the endpoint, with the packaged examples. */
    @Bean
    SparqlPresenter sparqlPresenter(PublicSparql publicSparql) {
        return new SparqlPresenter(publicSparql, SparqlExamples.packaged());
    }

    /**
     * {@code /sparql} is open to everyone, read-only and keeps no session, so it passes a short
     * chain of its own before the site's: no session lookup or registry, no saved request, no CSRF
     * token (scripts POST queries), no login or logout handling; the site's response headers stay.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain sparqlSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/sparql")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.cacheControl(cache -> cache.disable()).frameOptions(frames -> frames.sameOrigin()));
        return http.build();
    }

    /**
     * Requests to {@code /sparql} are not timed into the {@code http.server.requests} metric: each
     * answer carries its own query time ({@code Museum-Query-Time-Ms}), and the observation costs a
     * lookup a tenth of its time.
     */
    @Bean
    ObservationPredicate sparqlRequestsUntimed() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request && isSparql(request.getCarrier()));
    }

    private static boolean isSparql(HttpServletRequest request) {
        return request != null && request.getRequestURI().substring(request.getContextPath().length()).equals("/sparql");
    }
}
