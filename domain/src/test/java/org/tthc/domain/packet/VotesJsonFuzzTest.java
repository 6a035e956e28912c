package org.tthc.domain.packet;

import static org.tthc.domain.fuzz.HostileInput.assertClear;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tthc.domain.fuzz.HostileInput;

/**
 * MVotes JSON from outside (what OpenCPS posts to /Vote/UpdateVote): read and written again, or refused with a
 * {@link PacketFormatException}.
 */
public class VotesJsonFuzzTest {
    private final VotesPacketCodec codec = new VotesPacketCodec();

    @FuzzTest
    public void readVotesJson(byte[] data) {
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
