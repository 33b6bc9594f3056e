package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.curation.security.LoginThrottle;
import vn.laocai.museum.app.curation.security.SecuritySettings;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new SecuritySettings(5, 20, Duration.ofMinutes(15), true, 12), clock);

    @Test
    void five_failures_lock_the_account_from_every_address_for_fifteen_minutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("lan", "10.0.0." + i)).isFalse();
        }
        assertThat(throttle.locked("lan", "10.0.0.9")).isFalse();
        assertThat(throttle.failed("lan", "10.0.0.5")).as("the fifth failure locks").isTrue();
        assertThat(throttle.locked("lan", "10.0.0.9")).isTrue();
        assertThat(throttle.locked("Lan ", "10.0.0.9")).as("the name as typed").isTrue();
        assertThat(throttle.locked("mai", "10.0.0.9")).as("other accounts are not locked").isFalse();
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.locked("lan", "10.0.0.9")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.locked("lan", "10.0.0.9")).isFalse();
    }

    @Test
    void failures_spread_beyond_the_window_do_not_add_up() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.failed("lan", "10.0.0.1")).isFalse();
        assertThat(throttle.locked("lan", "10.0.0.1")).isFalse();
    }

    @Test
    void a_successful_login_clears_the_account_count() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        throttle.succeeded("lan");
        assertThat(throttle.failed("lan", "10.0.0.1")).isFalse();
        assertThat(throttle.locked("lan", "10.0.0.1")).isFalse();
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_account() {
        for (int i = 0; i < 19; i++) {
            assertThat(throttle.failed("guess-" + i, "203.0.113.7")).isFalse();
        }
        assertThat(throttle.failed("guess-19", "203.0.113.7")).isTrue();
        assertThat(throttle.locked("lan", "203.0.113.7")).isTrue();
        assertThat(throttle.locked("lan", "198.51.100.1")).as("other addresses may still log in").isFalse();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.locked("lan", "203.0.113.7")).isFalse();
    }

    @Test
    void failing_again_while_locked_does_not_extend_the_lock() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(10));
        throttle.failed("lan", "10.0.0.1");
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.locked("lan", "10.0.0.1")).isFalse();
    }
}
