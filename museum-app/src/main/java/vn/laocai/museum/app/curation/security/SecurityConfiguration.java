package vn.laocai.museum.app.curation.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import vn.laocai.museum.app.curation.account.AccountService;
import vn.laocai.museum.app.curation.account.AccountStore;
import vn.laocai.museum.app.curation.account.PasswordHashing;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.app.curation.ui.LoginView;
import vn.laocai.museum.app.system.MuseumProperties;
import vn.laocai.museum.ontology.GraphStore;

/**
 * Who may do what over HTTP. Everything public stays open to anonymous visitors exactly as before;
 * Vaadin views are guarded by their annotations ({@code @AnonymousAllowed}, {@code @RolesAllowed});
 * {@code /curation/**} needs a login, its audit export the ADMIN role. Logins go through the
 * throttle and into the audit log; the session id changes at login; every session is registered,
 * so an account's sessions can all be ended.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain museumSecurity(HttpSecurity http, AuthenticationManager logins, SessionRegistry sessions, AuditLog audit,
            Clock clock) throws Exception {
        http.authenticationManager(logins);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/curation/audit.csv").hasRole("ADMIN")
                .requestMatchers("/curation/remedies.csv").hasAnyRole("CURATOR", "REVIEWER")
                .requestMatchers("/curation/media", "/curation/media/**").hasAnyRole("CURATOR", "REVIEWER", "ADMIN")
                .requestMatchers("/curation", "/curation/**").authenticated());
        // The search API is read-only and stateless: scripts POST queries without a token. (/sparql has
        // a chain of its own, SparqlConfiguration.sparqlSecurity, that is matched before this one.)
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        // Public pages, media and data keep the caching they set themselves (curation answers set no-store);
        // frames only from the museum's own pages.
        http.headers(headers -> headers.cacheControl(cache -> cache.disable()).frameOptions(frames -> frames.sameOrigin()));
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .sessionConcurrency(concurrency -> concurrency.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl("/login?expired")));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .defaultSuccessUrl("/curation")
                .addLogoutHandler(new AuditedLogout(audit, clock))
                // Public pages, data and media need no login; views are checked by their annotations.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }

    /** {@code museum.security.secure-cookie}, when set, fixes the session cookie's Secure flag; unset, Tomcat follows the request. */
    @Bean
    ServletContextInitializer sessionCookieSecurity(SecuritySettings settings) {
        return servletContext -> {
            if (settings.secureCookie() != null) {
                servletContext.getSessionCookieConfig().setSecure(settings.secureCookie());
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }

    @Bean
    AccountStore accountStore(MuseumProperties properties) {
        return AccountStore.in(properties.dataDir());
    }

    @Bean
    AuditLog auditLog(GraphStore graph) {
        return new AuditLog(graph);
    }

    @Bean
    LoginThrottle loginThrottle(SecuritySettings settings, Clock clock) {
        return new LoginThrottle(settings, clock);
    }

    /** The one way to log in: the accounts file, behind the throttle. Also keeps Boot from making a default user. */
    @Bean
    AuthenticationManager authenticationManager(AccountStore store, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit,
            Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(store));
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthentication(passwords, throttle, audit, clock));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it does not keep dead sessions. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> httpSessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    @Bean
    SessionControl sessionControl(SessionRegistry registry) {
        return new SessionControl(registry);
    }

    @Bean
    AccountService accountService(AccountStore store, PasswordEncoder encoder, AuditLog audit, SessionControl sessions, Clock clock,
            SecuritySettings settings) {
        return new AccountService(store, encoder, audit, sessions, clock, settings.minPasswordLength());
    }
}
