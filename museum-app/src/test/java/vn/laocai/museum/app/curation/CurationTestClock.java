package vn.laocai.museum.app.curation;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The museum's clock, replaced by one the tests move by hand. */
@TestConfiguration(proxyBeanMethods = false)
class CurationTestClock {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    }
}
