package vn.laocai.museum.export;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code meta.xml}, the archive's map of files, row types and column terms (Darwin Core
 * text guide). Every column but the extensions' {@code coreid} has a field, in file order.
 */
final class MetaXml {

    private static final String NS = "http://rs.tdwg.org/dwc/text/";

    private MetaXml() {}

    static void write(List<DwcTable> tables, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("archive");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("metadata", "eml.xml");
        for (DwcTable table : tables) {
            file(xml, table);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void file(XMLStreamWriter xml, DwcTable table) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(table.core() ? "core" : "extension");
        xml.writeAttribute("encoding", "UTF-8");
        // The text guide spells the separators as escapes: a backslash and a letter.
        xml.writeAttribute("fieldsTerminatedBy", "\\t");
        xml.writeAttribute("linesTerminatedBy", "\\n");
        xml.writeAttribute("fieldsEnclosedBy", "");
        xml.writeAttribute("ignoreHeaderLines", "1");
        xml.writeAttribute("rowType", table.rowType());
        xml.writeCharacters("\n    ");
        xml.writeStartElement("files");
        xml.writeStartElement("location");
        xml.writeCharacters(table.file());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement(table.core() ? "id" : "coreid");
        xml.writeAttribute("index", "0");
        List<String> terms = table.terms();
        for (int i = table.core() ? 0 : 1; i < terms.size(); i++) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("field");
            xml.writeAttribute("index", Integer.toString(i));
            xml.writeAttribute("term", terms.get(i));
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }
}
