package org.tthc.domain.packet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The XSDs of the XML packets we send, beside {@link PacketJsonSchemas}' JSON Schemas: {@code MStatistic.xsd},
 * {@code MVotes.xsd} and the 2018 LGSP {@code MSyncDocument.xsd} and {@code MDocumentTraces.xsd}, each applied as
 * {@link PacketXmlSchema} does (secure processing, no DOCTYPE). Thread-safe.
 */
public final class PacketXmlSchemas {
    /** The packet types with an XSD, by their wire names (the root element). */
    public static final List<String> PACKET_TYPES = List.of("MStatistic", "MVotes", "MSyncDocument",
            "MDocumentTraces");

    private final Map<String, PacketXmlSchema> schemas = new LinkedHashMap<>();

    public PacketXmlSchemas() {
        for (String type : PACKET_TYPES) {
            schemas.put(type, new PacketXmlSchema(type));
        }
    }

    /** Whether {@code packetType} has an XSD here. */
    public boolean covers(String packetType) {
        return schemas.containsKey(packetType);
    }

    /**
     * @throws PacketFormatException with the line and column of the first violation and every violation's message
     * @throws IllegalArgumentException when {@code packetType} has no XSD
     */
    public void validate(String packetType, String xml) {
        schema(packetType).validate(xml);
    }

    /**
     * Every way {@code xml} breaks the XSD of {@code packetType}, in document order, each as {@code line L, column C:
     * message}; empty when it conforms. A bad value gives two: the validator's first names only the type, the next
     * names the element ({@code … The value '2025-13-01…' of element 'DateReceived' is not valid}).
     *
     * @throws IllegalArgumentException when {@code packetType} has no XSD
     */
    public List<String> problems(String packetType, String xml) {
        return schema(packetType).problems(xml);
    }

    private PacketXmlSchema schema(String packetType) {
        PacketXmlSchema schema = schemas.get(packetType);
        if (schema == null) {
            throw new IllegalArgumentException("no XSD for packet type " + packetType + "; there are "
                    + String.join(", ", PACKET_TYPES));
        }
        return schema;
    }
}
