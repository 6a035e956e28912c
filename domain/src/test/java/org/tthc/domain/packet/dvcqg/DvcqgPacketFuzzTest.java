package org.tthc.domain.packet.dvcqg;

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
 * DongBoHoSoMC / CapNhatTienDoHoSoMC input from outside (files, HTTP pushes), streamed: every record is delivered or
 * rejected with a reason, and only a file that cannot be read to its end fails, with a {@link DvcqgFileException}
 * naming where.
 */
public class DvcqgPacketFuzzTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-15T03:00:00Z"),
            ZoneId.of("America/Bahia_Banderas"));
    private final DvcqgPacketReader reader = new DvcqgPacketReader("fuzz", CLOCK, new ApplicantHasher(new byte[32]));

    @FuzzTest
    public void readDvcqgPacket(byte[] data) {
        if (HostileInput.tooLarge(data)) {
            return;
        }
        CheckedRecords records = new CheckedRecords();
        try {
            DvcqgReadSummary summary = reader.read(new ByteArrayInputStream(data), "fuzz.json", null, records);
            assertThat(summary.records()).isEqualTo(records.records());
            assertThat(summary.accepted()).isEqualTo(records.accepted());
        } catch (DvcqgFileException e) {
            assertClear(e);
            assertThat(e.getMessage()).startsWith("DVCQG file fuzz.json");
        }
    }
}
