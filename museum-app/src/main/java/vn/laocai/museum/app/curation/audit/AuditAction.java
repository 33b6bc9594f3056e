package vn.laocai.museum.app.curation.audit;

import java.util.Arrays;
import java.util.Optional;

/** What an audit entry records; the code is what the graph and the CSV export hold. */
public enum AuditAction {
    LOGIN_SUCCEEDED("login-succeeded"),
    LOGIN_FAILED("login-failed"),
    LOGIN_LOCKED("login-locked"),
    LOGIN_REFUSED_WHILE_LOCKED("login-refused-locked"),
    LOGOUT("logout"),
    SESSIONS_ENDED("sessions-ended"),
    ACCOUNT_CREATED("account-created"),
    ACCOUNT_DISABLED("account-disabled"),
    ACCOUNT_ENABLED("account-enabled"),
    ROLES_CHANGED("roles-changed"),
    PASSWORD_RESET("password-reset"),
    AUDIT_EXPORTED("audit-exported"),
    DATA_EXPORTED("data-exported"),
    REMEDIES_EXPORTED("remedies-exported"),
    REMEDIES_IMPORTED("remedies-imported"),
    SECTOR_SAVED("sector-saved"),
    SECTOR_IMPORTED("sector-imported"),
    SECTOR_REVERTED("sector-reverted"),
    MEDIA_UPLOADED("media-uploaded"),
    MEDIA_REJECTED("media-rejected");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
