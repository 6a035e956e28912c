package org.tthc.ingestion.packetfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.TthcTime;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.quality.RecordRejection;
import org.tthc.domain.rating.RatingLevel;
import org.tthc.domain.rating.RatingRecord;

class RatingFileReaderTest {
    private static final Clock CLOCK = Clock.fixed(
            LocalDateTime.of(2026, 1, 20, 10, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aFileWhoseFirstFieldIsRatingsIsARatingFileAndAPacketIsNot() throws IOException {
        Path ratings = write("ratings-2025-01.json", "{\"ratings\":[]}");
        Path packet = write("dossiers-2025-01.json", "{\"service\":\"DongBoHoSoMC\",\"data\":[]}");
        Path xml = write("lgsp.xml", "<MSyncDocument/>");

        assertThat(RatingFileReader.isRatingFile(ratings)).isTrue();
        assertThat(RatingFileReader.isRatingFile(packet)).isFalse();
        assertThat(RatingFileReader.isRatingFile(xml)).isFalse();
    }

    @Test
    void rowsBecomeRatingsAndABadRowIsRejectedWithItsFieldWhileTheRestProceed() throws IOException {
        Path file = write("ratings-2025-01.json", """
                {"ratings":[
                 {"dossier_code":"D-1","handling_org_code":"000.00.01.H99","rated_at":"20250110093000","overall":1,
                  "indicator_1":2,"indicator_3":1,"indicator_7":0},
                 {"dossier_code":"D-2","handling_org_code":"000.00.01.H99","rated_at":"20250111093000","overall":4},
                 {"dossier_code":"D-3","rated_at":"20250112100000","overall":3,"indicator_4":2}
                ]}""");
        List<RatingRecord> accepted = new ArrayList<>();
        List<RecordRejection> rejected = new ArrayList<>();

        long read = new RatingFileReader("files", CLOCK).read(file, accepted::add, new RecordVisitor() {
            @Override
            public void dossier(DossierRecord dossier) {
                throw new AssertionError("a rating file holds no dossier");
            }

            @Override
            public void event(DossierEvent event) {
                throw new AssertionError("a rating file holds no event");
            }

            @Override
            public void rejected(RecordRejection rejection) {
                rejected.add(rejection);
            }
        });

        assertThat(read).isEqualTo(3);
        assertThat(accepted).containsExactly(
                new RatingRecord("files", "D-1", "000.00.01.H99", LocalDateTime.of(2025, 1, 10, 9, 30),
                        RatingLevel.VERY_SATISFIED, 2, 1, null, 0, null),
                new RatingRecord("files", "D-3", null, LocalDateTime.of(2025, 1, 12, 10, 0),
                        RatingLevel.NOT_SATISFIED, null, null, 2, null, null));
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("overall");
            assertThat(r.recordKey()).isEqualTo("D-2");
            assertThat(r.position()).isEqualTo(1);
            assertThat(r.location()).endsWith("ratings-2025-01.json");
        });
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
