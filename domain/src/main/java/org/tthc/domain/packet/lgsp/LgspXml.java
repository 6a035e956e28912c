package org.tthc.domain.packet.lgsp;

import java.io.StringWriter;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a packet tree as the XML {@link XmlRecords} reads: an object is an element with a child per field, in the
 * tree's order; a list is its element repeated once per item (a JAXB list, no wrapper, as in MVotes); a value is
 * its text ({@code true}/{@code false} for flags). Indented by two spaces, UTF-8 declared, no namespace. Uses the
 * JDK's StAX writer, which escapes text.
 */
final class LgspXml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private LgspXml() {
    }

    static String write(String root, ObjectNode packet) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            element(xml, root, packet, 0);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the " + root + " packet as XML", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, JsonNode value, int depth)
            throws XMLStreamException {
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    indent(xml, depth);
                }
                element(xml, name, value.get(i), depth);
            }
            return;
        }
        xml.writeStartElement(name);
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                indent(xml, depth + 1);
                element(xml, field.getKey(), field.getValue(), depth + 1);
            }
            indent(xml, depth);
        } else {
            xml.writeCharacters(value.asText());
        }
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
