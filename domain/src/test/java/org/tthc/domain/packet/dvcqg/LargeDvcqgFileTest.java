package org.tthc.domain.packet.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.dossier;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.reader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.quality.RecordRejection;
import org.tthc.domain.dossier.DossierEvent;

/** A file far larger than one batch streams through the visitor without being held in memory. */
class LargeDvcqgFileTest {
    private static final int RECORDS = 100_000;

    @Test
    void hundredThousandRecordsStreamThroughTheVisitor(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("DongBoHoSoMC-large.json");
        writeLargeFile(file);
        Counting counting = new Counting();

        DvcqgReadSummary summary = reader().read(file, counting);

        assertThat(summary.records()).isEqualTo(RECORDS);
        assertThat(summary.rejected()).isEqualTo(RECORDS / 1000);
        assertThat(counting.dossiers).isEqualTo(RECORDS - RECORDS / 1000);
        assertThat(counting.lastCode).isEqualTo(code(RECORDS - 1));
    }

    /** Written record by record; every thousandth record has an impossible appointment date. */
    private static void writeLargeFile(Path file) throws IOException {
        ObjectNode record = dossier();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("{\"service\":\"DongBoHoSoMC\",\"isUpdating\":\"False\",\"data\":[");
            for (int i = 0; i < RECORDS; i++) {
                record.put("MaHoSo", code(i)).put("NgayHenTra", i % 1000 == 999 ? "20251332" : "20251015170000");
                out.write(i == 0 ? "" : ",");
                out.write(record.toString());
                out.newLine();
            }
            out.write("]}");
        }
    }

    private static String code(int i) {
        return String.format("000.00.12.H49-251001-%06d", i);
    }

    private static final class Counting implements RecordVisitor {
        long dossiers;
        String lastCode;

        @Override
        public void dossier(DossierRecord dossier) {
            dossiers++;
            lastCode = dossier.dossierCode();
        }

        @Override
        public void event(DossierEvent event) {
            throw new AssertionError("a dossier file has no events");
        }

        @Override
        public void rejected(RecordRejection rejection) {
            lastCode = rejection.recordKey();
        }
    }
}
