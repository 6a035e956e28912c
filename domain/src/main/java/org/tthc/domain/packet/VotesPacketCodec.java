package org.tthc.domain.packet;

import java.time.DateTimeException;
import java.time.LocalDateTime;

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
import org.tthc.domain.packet.wire.WireDateFormat;

/**
 * Reads and writes the MVotes packet (reference.md §3.1) as one JSON object with the wire names at top level (what
 * OpenCPS posts to {@code /Vote/UpdateVote}) or as XML with the root {@code MVotes}, valid against {@code MVotes.xsd}.
 * {@code DateCreated} is written in the LGSP format {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ} with the offset of
 * Asia/Ho_Chi_Minh ({@code 2025-11-05T00:00:00.000+0700}) and read in any form {@link WireDateFormat#LGSP} accepts.
 * Percentages are plain decimals (100.0, 3.3, 0.0). On input an absent {@code Questions} reads as none, any other
 * absent field or any unknown field is an error; XML input is validated against the XSD first, so it may not declare
 * a DOCTYPE. Instances are thread-safe.
 */
public final class VotesPacketCodec {
    // Decimals are read as written, never through a double: 1e999999 reaches the percentage check (and its message
    // naming the field) instead of failing as Infinity somewhere inside Jackson.
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private final XmlMapper xml = XmlMapper.builder(XmlFactory.builder()
            // Woodstox by name, as StatisticsPacketCodec does: another StAX provider may win the lookup in the app.
            .xmlInputFactory(new com.ctc.wstx.stax.WstxInputFactory())
            .xmlOutputFactory(new com.ctc.wstx.stax.WstxOutputFactory()).build())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private final VotesPacketSchema schema = new VotesPacketSchema();

    public String toJson(VotesPacket packet) {
        return PacketText.write("rating", () -> json.writeValueAsString(MVotesWire.of(packet)));
    }

    /** One object. */
    public VotesPacket fromJson(String text) {
        try {
            JsonNode root = json.readTree(text);
            if (root == null || !root.isObject()) {
                throw new PacketFormatException("MVotes JSON must be one object", -1, -1, null);
            }
            return json.treeToValue(root, MVotesWire.class).toPacket();
        } catch (JsonProcessingException e) {
            throw PacketText.formatError("MVotes JSON cannot be read: " + PacketText.reason(e),
                    e.getLocation(), e);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new PacketFormatException(e.getMessage(), -1, -1, e);
        }
    }

    public String toXml(VotesPacket packet) {
        return PacketText.write("rating", () -> xml.writeValueAsString(MVotesWire.of(packet)));
    }

    /** A document with root {@code MVotes}, valid against {@code MVotes.xsd}. */
    public VotesPacket fromXml(String text) {
        schema.validate(text);
        try {
            return xml.readValue(text, MVotesWire.class).toPacket();
        } catch (JsonProcessingException e) {
            throw PacketText.formatError("MVotes XML cannot be read: " + PacketText.reason(e),
                    e.getLocation(), e);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new PacketFormatException(e.getMessage(), -1, -1, e);
        }
    }

    /** @throws PacketFormatException with line and column when the document does not conform to MVotes.xsd */
    public void validateXml(String text) {
        schema.validate(text);
    }

    static String formatDate(LocalDateTime created) {
        return WireDateFormat.LGSP.format(created);
    }

    static LocalDateTime parseDate(String text) {
        if (!WireDateFormat.LGSP.shape().matcher(text).matches()) {
            throw new IllegalArgumentException("MVotes DateCreated '" + text + "' is not a date in "
                    + WireDateFormat.LGSP.pattern());
        }
        return WireDateFormat.LGSP.parse(text);
    }
}
