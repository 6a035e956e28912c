package org.tthc.domain.packet.lgsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.quality.RecordRejection;

/** An XML file far larger than one batch streams through the visitor one record at a time. */
class LargeLgspFileTest {
    private static final int RECORDS = 100_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-15T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void hundredThousandXmlDocumentsStreamThroughTheVisitor(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("MSyncDocument-large.xml");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ArrayOfMSyncDocument>\n");
            for (int i = 0; i < RECORDS; i++) {
                String appointed = i % 1000 == 999 ? "2025-13-01T17:00:00.000+0700" : "2025-10-20T17:00:00.000+0700";
                out.write("<MSyncDocument><DocTypeCode>1.001234</DocTypeCode><DocCode>" + code(i) + "</DocCode>"
                        + "<ApplicantsId>0790" + i + "</ApplicantsId><Phone>0905" + i + "</Phone>"
                        + "<DateReceived>2025-10-01T08:30:00.000+0700</DateReceived><DateAppointed>" + appointed
                        + "</DateAppointed><IsSuccess>false</IsSuccess><IsReturned>false</IsReturned>"
                        + "<ProcessingOrganName>Sở Xây dựng</ProcessingOrganName></MSyncDocument>\n");
            }
            out.write("</ArrayOfMSyncDocument>\n");
        }
        Counting counting = new Counting();

        LgspReadSummary summary = new LgspPacketReader("lgsp-large", CLOCK, null).read(file, counting);

        assertThat(summary.records()).isEqualTo(RECORDS);
        assertThat(summary.format()).isEqualTo("xml");
        assertThat(summary.rejected()).isEqualTo(RECORDS / 1000);
        assertThat(counting.dossiers).isEqualTo(RECORDS - RECORDS / 1000);
        assertThat(counting.lastCode).isEqualTo(code(RECORDS - 1));
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
