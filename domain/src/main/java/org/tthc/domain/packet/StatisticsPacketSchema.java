package org.tthc.domain.packet;

/**
 * Validates MStatistic XML against {@code MStatistic.xsd} (both roots: {@code MStatistic} and
 * {@code MStatisticList}); see {@link PacketXmlSchema} for how. Thread-safe.
 */
public final class StatisticsPacketSchema {
    static final String RESOURCE = "MStatistic.xsd";

    private final PacketXmlSchema schema = new PacketXmlSchema("MStatistic");

    /** @throws PacketFormatException with the line and column of the first violation */
    public void validate(String xml) {
        schema.validate(xml);
    }
}
