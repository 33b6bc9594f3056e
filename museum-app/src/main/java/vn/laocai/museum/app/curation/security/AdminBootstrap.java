package vn.laocai.museum.app.curation.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.laocai.museum.app.curation.account.AccountService;
import vn.laocai.museum.app.curation.account.Role;

/**
 * The first admin, from {@code MUSEUM_ADMIN_USERNAME} and {@code MUSEUM_ADMIN_PASSWORD}, created at
 * start when no account exists yet; once any account exists the two settings are ignored. There
 * is no built-in account and no default password.
 */
@Component
class AdminBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    AdminBootstrap(AccountService accounts, @Value("${museum.admin.username:}") String username,
            @Value("${museum.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        if (username.isBlank() && password.isBlank()) {
            if (accounts.noAccounts()) {
                log.info("No accounts yet: create the first admin with 'admin create-user' or MUSEUM_ADMIN_USERNAME/MUSEUM_ADMIN_PASSWORD");
            }
            return;
        }
        if (!accounts.noAccounts()) {
            log.info("Accounts exist: MUSEUM_ADMIN_USERNAME/MUSEUM_ADMIN_PASSWORD ignored");
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            throw new IllegalStateException("Set both MUSEUM_ADMIN_USERNAME and MUSEUM_ADMIN_PASSWORD to create the first admin");
        }
        accounts.create(AccountService.Actor.of("", ""), username, password, Set.of(Role.ADMIN), "");
        log.info("Created the first admin account '{}'", username.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
