package org.tthc.domain.packet.lgsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.fuzz.HostileInput.assertClear;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tthc.domain.fuzz.CheckedRecords;
import org.tthc.domain.fuzz.HostileInput;
import org.tthc.domain.personal.ApplicantHasher;

/**
 * MSyncDocument / MDocumentTraces input from outside, XML or JSON: every record is delivered or rejected with a
 * reason; only a file that cannot be read to its end fails, with an {@link LgspFileException}.
 */
public class LgspPacketFuzzTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-15T03:00:00Z"),
            ZoneId.of("America/Bahia_Banderas"));
    private final LgspPacketReader reader = new LgspPacketReader("fuzz", CLOCK, new ApplicantHasher(new byte[32]));

    @FuzzTest
    public void readLgspPacket(byte[] data) {
        if (HostileInput.tooLarge(data)) {
            return;
        }
        CheckedRecords records = new CheckedRecords();
        try {
            LgspReadSummary summary = reader.read(new ByteArrayInputStream(data), "fuzz", records);
            assertThat(summary.records()).isEqualTo(records.records());
            assertThat(summary.accepted()).isEqualTo(records.accepted());
        } catch (LgspFileException e) {
            assertClear(e);
            assertThat(e.getMessage()).startsWith("LGSP file fuzz: ");
        }
    }
}
