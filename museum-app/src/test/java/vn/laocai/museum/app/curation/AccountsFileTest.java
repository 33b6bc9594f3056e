package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.curation.account.AccountException;
import vn.laocai.museum.app.curation.account.AccountService;
import vn.laocai.museum.app.curation.account.AccountStore;
import vn.laocai.museum.app.curation.account.PasswordHashing;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;

/** The accounts file on disk and the rules of account changes, on a real file in a temporary directory. */
class AccountsFileTest {

    private static final String PASSWORD = "tả phìn tắm lá thuốc 2026";

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final List<AuditEvent> audit = new ArrayList<>();
    private final List<String> ended = new ArrayList<>();

    private AccountService service(AccountStore store) {
        return new AccountService(store, PasswordHashing.encoder(), audit::add, username -> {
            ended.add(username);
            return 1;
        }, clock, 12);
    }

    @Test
    void the_password_is_never_stored_in_clear_only_its_argon2id_hash() throws Exception {
        AccountStore store = AccountStore.in(dataDir);
        service(store).create(AccountService.Actor.of("admin", ""), "Lan", PASSWORD, Set.of(Role.CURATOR), "");
        Path file = dataDir.resolve("accounts/accounts.json");
        String json = Files.readString(file);
        assertThat(json).doesNotContain(PASSWORD).doesNotContain("tắm lá").contains("\"username\" : \"lan\"").contains("{argon2}$argon2id$");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PasswordHashing.encoder().matches(PASSWORD, store.find("lan").orElseThrow().passwordHash())).isTrue();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).containsExactly("accounts.json");
        }
    }

    @Test
    void a_change_made_by_another_process_is_read_again() {
        AccountStore running = AccountStore.in(dataDir);
        assertThat(running.isEmpty()).isTrue();
        service(AccountStore.in(dataDir)).create(AccountService.Actor.of("", "command line"), "mai", PASSWORD, Set.of(Role.ADMIN), "");
        assertThat(running.find("mai")).isPresent();
    }

    @Test
    void changes_are_checked_and_audited() {
        AccountService accounts = service(AccountStore.in(dataDir));
        AccountService.Actor admin = AccountService.Actor.of("admin", "10.0.0.1");
        accounts.create(admin, "admin", PASSWORD, Set.of(Role.ADMIN), "");
        assertThatThrownBy(() -> accounts.create(admin, "x", PASSWORD, Set.of(Role.CURATOR), ""))
                .isInstanceOf(AccountException.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> accounts.create(admin, "hoa", "short", Set.of(Role.CURATOR), ""))
                .isInstanceOf(AccountException.class).hasMessageContaining("12 characters");
        assertThatThrownBy(() -> accounts.create(admin, "hoa", "hoa-" + PASSWORD, Set.of(Role.CURATOR), ""))
                .isInstanceOf(AccountException.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> accounts.create(admin, "hoa", PASSWORD, Set.of(Role.KEEPER), " "))
                .isInstanceOf(AccountException.class).hasMessageContaining("community");
        assertThatThrownBy(() -> accounts.create(admin, "ADMIN", PASSWORD, Set.of(Role.CURATOR), ""))
                .isInstanceOf(AccountException.class).hasMessageContaining("exists");
        assertThatThrownBy(() -> accounts.setEnabled(admin, "admin", false)).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> accounts.changeRoles(admin, "admin", Set.of(Role.CURATOR), "")).isInstanceOf(AccountException.class);

        accounts.create(admin, "hoa", PASSWORD, Set.of(Role.KEEPER), "Dao");
        accounts.changeRoles(admin, "hoa", Set.of(Role.KEEPER, Role.REVIEWER), "H'Mông");
        accounts.setEnabled(admin, "hoa", false);
        assertThat(ended).containsExactly("hoa", "hoa");
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.ACCOUNT_CREATED, AuditAction.ACCOUNT_CREATED,
                AuditAction.ROLES_CHANGED, AuditAction.ACCOUNT_DISABLED);
        assertThat(audit.get(2).detail()).isEqualTo("from roles: KEEPER; community: Dao to roles: KEEPER, REVIEWER; community: H'Mông");
        assertThat(audit.get(2).actor()).isEqualTo("admin");
        assertThat(audit.get(2).address()).isEqualTo("10.0.0.1");
    }
}
