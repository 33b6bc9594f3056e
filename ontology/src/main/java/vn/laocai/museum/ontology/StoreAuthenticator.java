package vn.laocai.museum.ontology;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.util.Objects;

/**
 * Answers the remote store's HTTP basic-auth challenge, and no one else's: not a proxy's, and not
 * another host's that a redirect led to, so the password goes to the store alone.
 */
final class StoreAuthenticator extends Authenticator {

    private final String host;
    private final int port;
    private final String username;
    private final char[] password;

    StoreAuthenticator(URI store, String username, String password) {
        Objects.requireNonNull(store, "store");
        this.host = Objects.requireNonNull(store.getHost(), "store host");
        this.port = store.getPort() != -1 ? store.getPort() : "https".equalsIgnoreCase(store.getScheme()) ? 443 : 80;
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password").toCharArray();
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        boolean isStore = getRequestorType() == RequestorType.SERVER
                && host.equalsIgnoreCase(getRequestingHost())
                && port == getRequestingPort();
        return isStore ? new PasswordAuthentication(username, password.clone()) : null;
    }
}
