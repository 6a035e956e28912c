package org.tthc.domain.packet;

import static org.tthc.domain.fuzz.HostileInput.assertClear;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tthc.domain.fuzz.HostileInput;

/**
 * MStatistic XML from outside (files, archives): checked against MStatistic.xsd, and read and written again, each
 * either succeeding or refusing with a {@link PacketFormatException}; a DOCTYPE is refused, never followed.
 */
public class StatisticsXmlFuzzTest {
    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();

    @FuzzTest
    public void readStatisticsXml(byte[] data) {
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
            // what is read is stored and sent on: it must be writable again
            codec.toXml(codec.fromXml(xml));
        } catch (PacketFormatException e) {
            assertClear(e);
        }
    }
}
