package vn.laocai.museum.app.stats;

import vn.laocai.museum.app.sector.StaffEdits;

/**
 * One target of the plan against the data: the value the graph gives for its indicator, how it was
 * found ({@code basis}: a province statistic of a year, or a count or sum of records), and whether
 * any of it is sample data.
 *
 * @param year the year of the statistic the value comes from; null when it is counted from records
 * @param samples how many of the records counted are sample data (a statistic: 1 when it is one)
 * @param staffEdit of the records counted, the one staff saved last, when staff entered or corrected any; else null
 */
public record Progress(String indicator, String name, double target, String unit, int targetYear, String targetSource,
        String targetSourceUrl, Double value, Integer year, String source, String sourceUrl, String note, int samples,
        StaffEdits.Edit staffEdit) {

    /** Value over target, in percent; null when the data hold no value for the indicator. */
    public Double percent() {
        return value == null ? null : Math.round(value / target * 1000) / 10.0;
    }

    public boolean sample() {
        return samples > 0;
    }
}
