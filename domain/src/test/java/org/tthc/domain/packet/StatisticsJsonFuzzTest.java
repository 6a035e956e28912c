package org.tthc.domain.packet;

import static org.tthc.domain.fuzz.HostileInput.assertClear;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tthc.domain.fuzz.HostileInput;

/**
 * MStatistic JSON from outside (OpenCPS's posts, files): read and written again, or refused with a
 * {@link PacketFormatException}.
 */
public class StatisticsJsonFuzzTest {
    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();

    @FuzzTest
    public void readStatisticsJson(byte[] data) {
        if (HostileInput.tooLarge(data)) {
            return;
        }
        try {
            // what is read is stored and sent on: it must be writable again
            codec.toJson(codec.fromJson(HostileInput.text(data)));
        } catch (PacketFormatException e) {
            assertClear(e);
        }
    }
}
