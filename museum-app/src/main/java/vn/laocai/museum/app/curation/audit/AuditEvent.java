package vn.laocai.museum.app.curation.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log.
 *
 * @param actor   the account that acted, or the user name typed at a failed login; empty when unknown
 * @param subject the account acted upon (account changes); empty otherwise
 * @param address the client's IP address, when the action came over HTTP
 * @param detail  what changed, in plain words ("roles: ADMIN, CURATOR")
 */
public record AuditEvent(Instant time, AuditAction action, String actor, String subject, String address, String detail) {

    /** Text typed by anyone (a user name at a failed login) is kept, but never at any length. */
    private static final int MAX_TEXT = 200;

    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(action, "action");
        actor = clip(actor);
        subject = clip(subject);
        address = clip(address);
        detail = clip(detail);
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() <= MAX_TEXT ? clean : clean.substring(0, MAX_TEXT);
    }
}
