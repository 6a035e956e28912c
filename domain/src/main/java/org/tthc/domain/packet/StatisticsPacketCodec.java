package org.tthc.domain.packet;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;

/**
 * Reads and writes MStatistic packets in the two forms the national side uses (reference.md §1.1, §1.10).
 * <ul>
 *   <li>JSON: one packet is one object with the wire names at top level (what OpenCPS posts); several packets are
 *       an array of such objects. Reading accepts both and always returns a list.</li>
 *   <li>XML: one packet has the root {@code MStatistic}. Several packets have the root {@code MStatisticList}
 *       holding one {@code MStatistic} element per packet: the national specification defines only the single
 *       packet, so the list root is our own convention for files and archives, covered by the same
 *       {@code MStatistic.xsd}. What is posted to the national portal is always one packet per request.</li>
 * </ul>
 * Fields are written in the XSD's propOrder; percentages as plain decimals (100.0, 3.3, 0.0). On input, percents
 * may be numbers or strings ("3.3"), an absent {@code Note} reads as empty, any other absent field or any
 * unknown field is an error. XML input may not declare a DOCTYPE. Instances are thread-safe.
 */
public final class StatisticsPacketCodec {
    private static final String LIST_ROOT = "MStatisticList";
    private static final String PACKET_ROOT = "MStatistic";

    // Decimals are read as written, never through a double: 1e999999 reaches the percentage check (and its message
    // naming the field) instead of failing as Infinity somewhere inside Jackson.
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private final XMLInputFactory xmlInput = secureXmlInput();
    private final XmlMapper xml = XmlMapper.builder(XmlFactory.builder().xmlInputFactory(xmlInput)
            // Woodstox by name: on the app's class path another StAX provider (without writeRaw) may win the lookup.
            .xmlOutputFactory(new com.ctc.wstx.stax.WstxOutputFactory()).build())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private final StatisticsPacketSchema schema = new StatisticsPacketSchema();

    public String toJson(StatisticsPacket packet) {
        return PacketText.write("statistics", () -> json.writeValueAsString(MStatisticWire.of(packet)));
    }

    public String toJson(List<StatisticsPacket> packets) {
        return PacketText.write("statistics",
                () -> json.writeValueAsString(packets.stream().map(MStatisticWire::of).toList()));
    }

    /** One object or an array of objects. */
    public List<StatisticsPacket> fromJson(String text) {
        try {
            JsonNode root = json.readTree(text);
            if (root == null || !(root.isObject() || root.isArray())) {
                throw new PacketFormatException("MStatistic JSON must be an object or an array of objects", -1, -1,
                        null);
            }
            List<StatisticsPacket> packets = new ArrayList<>();
            int index = 0;
            for (JsonNode node : root.isArray() ? root : List.of(root)) {
                if (!node.isObject()) {
                    // treeToValue reads a JSON null as no object at all; a number or string as a Creator error
                    String found = node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
                    throw new PacketFormatException("MStatistic JSON array element " + index + " is " + found
                            + ", not an MStatistic object", -1, -1, null);
                }
                packets.add(json.treeToValue(node, MStatisticWire.class).toPacket());
                index++;
            }
            return packets;
        } catch (JsonProcessingException e) {
            throw PacketText.formatError("MStatistic JSON cannot be read: " + PacketText.reason(e),
                    e.getLocation(), e);
        } catch (IllegalArgumentException e) {
            throw new PacketFormatException(e.getMessage(), -1, -1, e);
        }
    }

    public String toXml(StatisticsPacket packet) {
        return PacketText.write("statistics", () -> xml.writeValueAsString(MStatisticWire.of(packet)));
    }

    public String toXml(List<StatisticsPacket> packets) {
        return PacketText.write("statistics", () -> xml.writeValueAsString(
                new MStatisticListWire(packets.stream().map(MStatisticWire::of).toList())));
    }

    /** A document with root {@code MStatistic} (one packet) or {@code MStatisticList} (any number). */
    public List<StatisticsPacket> fromXml(String text) {
        try {
            String root = rootElement(text);
            if (PACKET_ROOT.equals(root)) {
                return List.of(xml.readValue(text, MStatisticWire.class).toPacket());
            }
            if (LIST_ROOT.equals(root)) {
                return xml.readValue(text, MStatisticListWire.class).packets().stream()
                        .map(MStatisticWire::toPacket).toList();
            }
            throw new PacketFormatException("MStatistic XML has root element <" + root + ">, expected <" + PACKET_ROOT
                    + "> or <" + LIST_ROOT + ">", -1, -1, null);
        } catch (JsonProcessingException e) {
            throw PacketText.formatError("MStatistic XML cannot be read: " + PacketText.reason(e),
                    e.getLocation(), e);
        } catch (IllegalArgumentException e) {
            throw new PacketFormatException(e.getMessage(), -1, -1, e);
        }
    }

    /** @throws PacketFormatException with line and column when the document does not conform to MStatistic.xsd */
    public void validateXml(String text) {
        schema.validate(text);
    }

    private String rootElement(String text) {
        try {
            XMLStreamReader reader = xmlInput.createXMLStreamReader(new StringReader(text));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new PacketFormatException("MStatistic XML may not declare a DOCTYPE",
                                reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber(), null);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return reader.getLocalName();
                    }
                }
                throw new PacketFormatException("MStatistic XML has no root element", -1, -1, null);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
            throw new PacketFormatException("MStatistic XML cannot be read: " + e.getMessage(), line, column, e);
        }
    }

    private static XMLInputFactory secureXmlInput() {
        XMLInputFactory factory = new com.ctc.wstx.stax.WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // text read eagerly: a lazily found decoding error escapes as Woodstox's unchecked WstxLazyException
        factory.setProperty(com.ctc.wstx.api.WstxInputProperties.P_LAZY_PARSING, false);
        return factory;
    }
}
