package vn.laocai.museum.app.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.laocai.museum.app.curation.account.AccountService;
import vn.laocai.museum.app.curation.account.Role;

/**
 * The whole museum on a random port with its own data directory, the first admin created from
 * the MUSEUM_ADMIN_* settings at start, and a clock the tests move by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CurationTestClock.class)
public abstract class CurationAppTestBase {

    protected static final String ADMIN = "museum-admin";
    protected static final String ADMIN_PASSWORD = "correct horse battery staple";
    /** Passwords of the accounts tests create. */
    protected static final String PASSWORD = "a long enough test password";
    private static final Path DATA_DIR = createDataDir();

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected AccountService accounts;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("museum.data-dir", DATA_DIR::toString);
        registry.add("museum.security.secure-cookie", () -> "true"); // as a deployment behind HTTPS would
        registry.add("museum.admin.username", () -> ADMIN);
        registry.add("museum.admin.password", () -> ADMIN_PASSWORD);
    }

    /** Each test starts after every earlier lock and failure count has run out. */
    @BeforeEach
    void freshLoginWindow() {
        clock.advance(Duration.ofMinutes(16));
    }

    protected static Path dataDir() {
        return DATA_DIR;
    }

    protected URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A new account with these roles, named after the test plus a counter, so tests never share one. */
    protected String account(String prefix, String community, Role... roles) {
        String name = prefix + "-" + COUNTER.incrementAndGet();
        accounts.create(AccountService.Actor.of(ADMIN, "test"), name, PASSWORD, java.util.Set.of(roles), community);
        return name;
    }

    protected HttpSession login(String username, String password) throws IOException, InterruptedException {
        return HttpSession.login(http, url(""), username, password);
    }

    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("museum-curation-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
