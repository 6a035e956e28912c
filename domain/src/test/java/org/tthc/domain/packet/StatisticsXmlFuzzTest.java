package org.tthc.domain.packet;

import static org.tthc.domain.fuzz.HostileInput.assertClear;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tthc.domain.fuzz.HostileInput;

/**
 * MStatistic XML from outside (files, archives): checked against MStatistic.xsd and read, each either succeeding or
 * refusing with a {@link PacketFormatException}; a DOCTYPE is refused, never followed.
 */
class StatisticsXmlFuzzTest {
    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();

    @FuzzTest
    void readStatisticsXml(byte[] data) {
        if (HostileInput.tooLarge(data)) {
            return;
        }
        String xml = HostileInput.text(data);
        try {
            codec.validateXml(xml);
        } catch (PacketFormatException e) {
            assertClear(e);
        }
        try {
            codec.fromXml(xml);
        } catch (PacketFormatException e) {
            assertClear(e);
        }
    }
}
