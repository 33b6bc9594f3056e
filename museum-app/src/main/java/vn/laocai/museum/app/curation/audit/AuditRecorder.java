package vn.laocai.museum.app.curation.audit;

/** Where audit entries go: the {@link AuditLog} in the running museum. */
@FunctionalInterface
public interface AuditRecorder {

    void record(AuditEvent event);
}
