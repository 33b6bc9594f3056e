package vn.laocai.museum.app.curation.account;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: Argon2id (salt 16 bytes, hash 32 bytes, 16 MiB, 2 passes — Spring
 * Security's current defaults), stored as {@code {argon2}$argon2id$…}. The prefix lets a later
 * algorithm take over while old hashes still verify; bcrypt hashes are read too.
 */
public final class PasswordHashing {

    private PasswordHashing() {}

    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
