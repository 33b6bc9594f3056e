package vn.laocai.museum.export;

import java.util.List;
import java.util.Objects;

/**
 * One data file of a Darwin Core Archive: its rows under the terms of its columns. Column 0 is
 * always the taxon's id (the core's {@code id}, an extension's {@code coreid}).
 *
 * @param file    file name inside the archive ({@code taxon.txt})
 * @param rowType the class of a row ({@code http://rs.tdwg.org/dwc/terms/Taxon})
 * @param core    true for the core file, false for an extension
 * @param terms   the term IRI of every column, in order
 * @param rows    the values; every row has one per term
 */
record DwcTable(String file, String rowType, boolean core, List<String> terms, List<List<String>> rows) {

    DwcTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rowType, "rowType");
        terms = List.copyOf(terms);
        rows = List.copyOf(rows);
        if (terms.isEmpty() || !terms.getFirst().equals(DwcTerms.TAXON_ID)) {
            throw new IllegalArgumentException(file + ": column 0 must be the taxonID");
        }
        for (List<String> row : rows) {
            if (row.size() != terms.size()) {
                throw new IllegalArgumentException(file + ": a row has " + row.size() + " values for " + terms.size() + " terms");
            }
        }
    }

    /** The header row: each term's local name. */
    List<String> header() {
        return terms.stream().map(DwcTerms::localName).toList();
    }
}
