package vn.laocai.museum.app.curation.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.laocai.museum.app.curation.account.AccountStore;

/** Finds the account for a login in the accounts file. */
final class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore store;

    AccountUserDetailsService(AccountStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.find(username).map(MuseumUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
