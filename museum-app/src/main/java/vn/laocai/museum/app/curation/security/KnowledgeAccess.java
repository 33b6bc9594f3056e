package vn.laocai.museum.app.curation.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.ontology.Document;

/**
 * Who may read a community-restricted knowledge record: a reviewer, or a knowledge keeper of the
 * record's community. A keeper's community covers the record's ethnic group when it is that
 * group or its first words: "Dao" covers "Dao đỏ" and "Dao tiền"; "Dao đỏ" only "Dao đỏ".
 * Everyone else is told the record does not exist, exactly as anonymous visitors are.
 */
public final class KnowledgeAccess {

    private KnowledgeAccess() {}

    public static boolean mayRead(MuseumUser reader, Document record) {
        if (!record.restricted()) {
            return true;
        }
        if (reader == null || !reader.isEnabled()) {
            return false;
        }
        return reader.has(Role.REVIEWER) || (reader.has(Role.KEEPER) && covers(reader.community(), record.ethnicGroup()));
    }

    public static boolean covers(String community, String ethnicGroup) {
        String keeper = fold(community);
        String group = fold(ethnicGroup);
        return !keeper.isEmpty() && (group.equals(keeper) || group.startsWith(keeper + " "));
    }

    private static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The account logged in on the current request, if any. */
    public static Optional<MuseumUser> currentReader() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof MuseumUser user ? Optional.of(user) : Optional.empty();
    }
}
