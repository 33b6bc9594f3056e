package vn.laocai.museum.app.stats;

import java.time.LocalDate;
import java.time.Month;

/**
 * The half-year a six-monthly report covers and the day it is due: the report due before 30 May
 * covers the six months to the end of April, the one due before 30 November the six months to
 * the end of October.
 *
 * <pre>{@code
 * ReportPeriod.containing(LocalDate.of(2026, 5, 12)).due();   // 2026-05-30
 * }</pre>
 */
public record ReportPeriod(LocalDate from, LocalDate to, LocalDate due) {

    /** The next report due on or after {@code day}. */
    public static ReportPeriod containing(LocalDate day) {
        LocalDate may = LocalDate.of(day.getYear(), Month.MAY, 30);
        LocalDate november = LocalDate.of(day.getYear(), Month.NOVEMBER, 30);
        if (!day.isAfter(may)) {
            return new ReportPeriod(LocalDate.of(day.getYear() - 1, Month.NOVEMBER, 1), LocalDate.of(day.getYear(), Month.APRIL, 30), may);
        }
        if (!day.isAfter(november)) {
            return new ReportPeriod(LocalDate.of(day.getYear(), Month.MAY, 1), LocalDate.of(day.getYear(), Month.OCTOBER, 31), november);
        }
        return containing(LocalDate.of(day.getYear() + 1, Month.JANUARY, 1));
    }
}
