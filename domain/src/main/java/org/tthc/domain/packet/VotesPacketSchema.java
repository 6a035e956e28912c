package org.tthc.domain.packet;

/** Validates MVotes XML against {@code MVotes.xsd}; see {@link PacketXmlSchema} for how. Thread-safe. */
public final class VotesPacketSchema {
    static final String RESOURCE = "MVotes.xsd";

    private final PacketXmlSchema schema = new PacketXmlSchema("MVotes");

    /** @throws PacketFormatException with the line and column of the first violation */
    public void validate(String xml) {
        schema.validate(xml);
    }
}
