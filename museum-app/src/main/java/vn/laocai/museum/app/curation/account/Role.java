package vn.laocai.museum.app.curation.account;

/**
 * What an account may do. An account may hold several roles; Spring Security sees each as the
 * authority {@code ROLE_<name>}, so views say {@code @RolesAllowed("ADMIN")}.
 */
public enum Role {
    /** Writes drafts of remedies, species texts and stories. */
    CURATOR,
    /** Approves, publishes and withdraws what curators wrote; sees restricted knowledge. */
    REVIEWER,
    /** A knowledge keeper of one community: sees and approves that community's restricted knowledge only. */
    KEEPER,
    /** Manages accounts and settings; reads the audit log. */
    ADMIN,
    /** Province staff: growing areas, certifications, statistics. */
    STAFF
}
