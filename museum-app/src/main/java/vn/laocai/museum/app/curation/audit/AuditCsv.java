package vn.laocai.museum.app.curation.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit log as CSV (RFC 4180, UTF-8, a header row). A value a spreadsheet would run as a
 * formula (it begins with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe:
 * user names typed at the login form are written here.
 */
public final class AuditCsv {

    static final String[] HEADER = {"time", "action", "actor", "subject", "address", "detail"};

    private AuditCsv() {}

    public static String of(List<AuditEvent> events) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (AuditEvent event : events) {
                csv.printRecord(event.time().toString(), event.action().code(), safe(event.actor()), safe(event.subject()),
                        safe(event.address()), safe(event.detail()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
