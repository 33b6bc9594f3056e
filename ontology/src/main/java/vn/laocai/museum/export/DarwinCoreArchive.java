package vn.laocai.museum.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import vn.laocai.museum.ontology.GraphStore;

/**
 * Writes the public graph's species as a Darwin Core Archive for a GBIF IPT: a Taxon core with the
 * GBIF VernacularName, Distribution, Description and Multimedia extensions, {@code meta.xml} and
 * {@code eml.xml}. Every row is read through the public-only dataset (see {@link ExportQueries}).
 *
 * <pre>{@code
 * new DarwinCoreArchive(store).write(out, "https://herbs.example.org", LocalDate.now(clock));
 * }</pre>
 */
public final class DarwinCoreArchive {

    /** The data files of every archive, core first. */
    public static final List<String> DATA_FILES = List.of("taxon.txt", "vernacularname.txt", "distribution.txt",
            "description.txt", "multimedia.txt");

    private final ExportQueries queries;

    public DarwinCoreArchive(GraphStore store) {
        this.queries = new ExportQueries(store);
    }

    /**
     * Writes the archive to {@code out} (left open). {@code baseUrl} is the site's root without a
     * trailing slash: media identifiers and species pages become absolute URLs under it.
     */
    public void write(OutputStream out, String baseUrl, LocalDate pubDate) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(pubDate, "pubDate");
        // Read every table before writing, so a failing query leaves no half-written archive behind.
        List<DwcTable> tables = new DwcTables(queries, baseUrl).all();
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry("meta.xml"));
            MetaXml.write(tables, zip);
            zip.putNextEntry(new ZipEntry("eml.xml"));
            EmlXml.write(DatasetDescription.DATASET + "/dwca", pubDate, baseUrl + "/", zip);
            for (DwcTable table : tables) {
                zip.putNextEntry(new ZipEntry(table.file()));
                Tsv.write(table, zip);
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Darwin Core Archive: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the archive's XML: " + e.getMessage(), e);
        }
    }
}
