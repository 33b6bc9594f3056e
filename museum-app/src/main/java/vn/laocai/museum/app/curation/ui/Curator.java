package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.laocai.museum.app.curation.account.AccountService;
import vn.laocai.museum.app.curation.security.MuseumUser;

/** The logged-in account of the current view, and the actor its changes are recorded under. */
final class Curator {

    private Curator() {}

    static MuseumUser of(AuthenticationContext authentication) {
        return authentication.getAuthenticatedUser(MuseumUser.class)
                .orElseThrow(() -> new IllegalStateException("A curation view without a logged-in account"));
    }

    /** The account as the editorial workflow knows it: name, roles and community. */
    static vn.laocai.museum.app.curation.editorial.EditorialWorkflow.Editor editor(AuthenticationContext authentication) {
        MuseumUser user = of(authentication);
        return new vn.laocai.museum.app.curation.editorial.EditorialWorkflow.Editor(user.getUsername(), user.roles(), user.community());
    }

    static AccountService.Actor actor(AuthenticationContext authentication) {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null || session.getBrowser() == null ? "" : session.getBrowser().getAddress();
        return AccountService.Actor.of(of(authentication).getUsername(), address);
    }
}
