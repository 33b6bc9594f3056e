package vn.laocai.museum.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link DwcTable} as tab-separated UTF-8 with a header row. The archive declares no
 * quote character, so a tab or line break inside a value is written as the two characters
 * {@code \t} or {@code \n}: one record per line, whatever the text holds.
 */
final class Tsv {

    private Tsv() {}

    static void write(DwcTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(writer, table.header());
        for (List<String> row : table.rows()) {
            line(writer, row);
        }
        // Flushed, not closed: the stream is the zip's, which has more entries to come.
        writer.flush();
    }

    static String escape(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "\\t").replace("\n", "\\n");
    }

    private static void line(Writer writer, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write('\t');
            }
            writer.write(escape(values.get(i)));
        }
        writer.write('\n');
    }
}
