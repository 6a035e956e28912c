package org.tthc.domain.packet;

import static org.tthc.domain.fuzz.HostileInput.assertClear;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tthc.domain.fuzz.HostileInput;

/**
 * MVotes XML from outside: validated against MVotes.xsd, read and written again, or refused with a
 * {@link PacketFormatException}.
 */
public class VotesXmlFuzzTest {
    private final VotesPacketCodec codec = new VotesPacketCodec();

    @FuzzTest
    public void readVotesXml(byte[] data) {
        if (HostileInput.tooLarge(data)) {
            return;
        }
        try {
            // what is read is stored and sent on: it must be writable again
            codec.toXml(codec.fromXml(HostileInput.text(data)));
        } catch (PacketFormatException e) {
            assertClear(e);
        }
    }
}
