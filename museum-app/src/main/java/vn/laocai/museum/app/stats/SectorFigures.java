package vn.laocai.museum.app.stats;

import java.util.List;

/** The yearly figures behind the dashboard's charts and the report's tables. */
public final class SectorFigures {

    private SectorFigures() {}

    public record YearTotal(int year, double areaHa, double tonnes, int samples) {}

    public record Share(String key, String name, String district, double areaHa, double tonnes) {}

    public record Price(String species, String name, String date, double vndPerKg) {}

    public record Series(String name, List<Price> points) {}
}
