package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.curation.account.AccountStore;
import vn.laocai.museum.app.curation.account.AdminCommand;
import vn.laocai.museum.app.curation.account.PasswordHashing;
import vn.laocai.museum.app.curation.account.Role;

/** {@code admin create-user} and friends, as the jar's {@code Main} runs them. */
class AdminCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, String stdin, String... args) {
        return AdminCommand.run(args, environment, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void the_first_admin_is_created_with_the_password_read_from_standard_input() throws Exception {
        int exit = run(Map.of(), "mật khẩu đủ dài của quản trị\nignored\n",
                "create-user", "--data-dir", dataDir.toString(), "--username", "Quan-Tri", "--role", "ADMIN");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Created quan-tri (ADMIN)");
        var account = AccountStore.in(dataDir).find("quan-tri").orElseThrow();
        assertThat(account.roles()).containsExactly(Role.ADMIN);
        assertThat(PasswordHashing.encoder().matches("mật khẩu đủ dài của quản trị", account.passwordHash())).isTrue();
        assertThat(Files.readString(dataDir.resolve("accounts/accounts.json"))).doesNotContain("mật khẩu");
    }

    @Test
    void the_password_may_come_from_the_environment_and_the_data_dir_too() {
        Map<String, String> environment = Map.of("MUSEUM_ADMIN_PASSWORD", "from the environment 1", "MUSEUM_DATA_DIR", dataDir.toString());
        assertThat(run(environment, "", "create-user", "--username", "mai", "--role", "KEEPER", "--role", "REVIEWER",
                "--community", "Dao")).as(err.toString()).isZero();
        var account = AccountStore.in(dataDir).find("mai").orElseThrow();
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.KEEPER, Role.REVIEWER);
        assertThat(account.community()).isEqualTo("Dao");
        assertThat(run(environment, "", "list-users")).isZero();
        assertThat(out.toString()).contains("mai\tREVIEWER,KEEPER\tDao\tenabled");
    }

    @Test
    void a_short_password_or_an_unknown_role_is_refused_and_nothing_is_written() {
        assertThat(run(Map.of(), "short\n", "create-user", "--data-dir", dataDir.toString(), "--username", "lan", "--role", "ADMIN"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("at least 12 characters");
        assertThat(run(Map.of(), "long enough password\n", "create-user", "--data-dir", dataDir.toString(), "--username", "lan",
                "--role", "OWNER")).isNotZero();
        assertThat(dataDir.resolve("accounts/accounts.json")).doesNotExist();
    }

    @Test
    void a_password_is_reset_from_standard_input() {
        run(Map.of(), "the first long password\n", "create-user", "--data-dir", dataDir.toString(), "--username", "lan", "--role", "CURATOR");
        assertThat(run(Map.of(), "the second long password\n", "reset-password", "--data-dir", dataDir.toString(), "--username", "lan"))
                .as(err.toString()).isZero();
        assertThat(PasswordHashing.encoder().matches("the second long password",
                AccountStore.in(dataDir).find("lan").orElseThrow().passwordHash())).isTrue();
    }
}
