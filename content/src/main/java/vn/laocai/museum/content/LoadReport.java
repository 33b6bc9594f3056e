package vn.laocai.museum.content;

import java.time.Duration;
import java.util.List;

/** What one load did: which species it wrote (none when the corpus had not changed) and how long it took. */
public record LoadReport(boolean changed, List<String> species, long triples, Duration took) {

    public LoadReport {
        species = List.copyOf(species);
    }
}
