package vn.laocai.museum.export;

import java.io.OutputStream;
import java.time.LocalDate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code eml.xml}, the dataset metadata in the GBIF profile of EML 2.1.1: what an IPT shows
 * and asks for (title, abstract, creator, contact, licence, publication date).
 */
final class EmlXml {

    static final String PUBLISHER = "Lào Cai Digital Medicinal-Herb Museum";
    static final String TITLE = "Medicinal plants of Lào Cai province — Lào Cai Digital Medicinal-Herb Museum";
    private static final String EML = "eml://ecoinformatics.org/eml-2.1.1";
    private static final String ABSTRACT = "Checklist of the medicinal plants described by the Lào Cai Digital"
            + " Medicinal-Herb Museum (Bảo tàng Dược liệu số Lào Cai), Vietnam: accepted names, common names in"
            + " Vietnamese, English, Chinese and the ethnic languages of the province with their sources, where the"
            + " plants grow in the province, traditional uses, safety and cultivation notes, and pictures.";

    private EmlXml() {}

    static void write(String packageId, LocalDate pubDate, String homepage, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("eml", "eml", EML);
        xml.writeNamespace("eml", EML);
        xml.writeNamespace("dc", "http://purl.org/dc/terms/");
        xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                EML + " http://rs.gbif.org/schema/eml-gbif-profile/1.1/eml.xsd");
        xml.writeAttribute("packageId", packageId);
        xml.writeAttribute("system", "http://gbif.org");
        xml.writeAttribute("scope", "system");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        xml.writeStartElement("dataset");
        element(xml, "alternateIdentifier", packageId);
        element(xml, "title", TITLE);
        party(xml, "creator", homepage);
        party(xml, "metadataProvider", homepage);
        element(xml, "pubDate", pubDate.toString());
        element(xml, "language", "en");
        xml.writeStartElement("abstract");
        element(xml, "para", ABSTRACT);
        xml.writeEndElement();
        licence(xml);
        party(xml, "contact", homepage);
        xml.writeEndElement();
        xml.writeStartElement("additionalMetadata");
        xml.writeStartElement("metadata");
        xml.writeStartElement("gbif");
        element(xml, "dateStamp", pubDate.toString());
        element(xml, "hierarchyLevel", "dataset");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void party(XMLStreamWriter xml, String role, String homepage) throws XMLStreamException {
        xml.writeStartElement(role);
        element(xml, "organizationName", PUBLISHER);
        xml.writeStartElement("address");
        element(xml, "administrativeArea", "Lào Cai");
        element(xml, "country", "VN");
        xml.writeEndElement();
        element(xml, "onlineUrl", homepage);
        xml.writeEndElement();
    }

    private static void licence(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("intellectualRights");
        xml.writeStartElement("para");
        xml.writeCharacters("This work is licensed under a ");
        xml.writeStartElement("ulink");
        xml.writeAttribute("url", "http://creativecommons.org/licenses/by/4.0/legalcode");
        element(xml, "citetitle", "Creative Commons Attribution (CC-BY) 4.0 License");
        xml.writeEndElement();
        xml.writeCharacters(".");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
