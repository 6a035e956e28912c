package org.tthc.portal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.portal.database.PortalFixtures.JUSTICE;
import static org.tthc.portal.database.PortalFixtures.THREE_DAY_PROCEDURE;
import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.DOSSIER_CODE_SEQUENCES;
import static org.tthc.portal.db.Tables.PROCESSING_EVENTS;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.intake.IntakeRequest;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.intake.RegisteredDossier;

class ChangeTrackingTest {
    @TempDir
    Path temporaryFolder;

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void everyInsertAndUpdateTakesAHigherChangeSeq(TestDatabase.Kind kind) {
        try (TestDatabase test = TestDatabase.open(kind, temporaryFolder)) {
            DSLContext dsl = test.database().dsl();
            PortalFixtures.insertCatalogue(dsl);
            IntakeService desk = new IntakeService(test.database(), java.time.Clock.fixed(
                    LocalDateTime.parse("2025-03-05T09:00").atZone(TthcTime.ZONE).toInstant(), java.time.ZoneOffset.UTC),
                    WorkingHours.standard());

            RegisteredDossier first = desk.register(request());
            long firstSeq = changeSeqOf(dsl, first.id());
            long counterAfterFirst = dsl.select(DOSSIER_CODE_SEQUENCES.CHANGE_SEQ).from(DOSSIER_CODE_SEQUENCES)
                    .fetchSingle(DOSSIER_CODE_SEQUENCES.CHANGE_SEQ);
            long eventSeq = dsl.select(PROCESSING_EVENTS.CHANGE_SEQ).from(PROCESSING_EVENTS)
                    .where(PROCESSING_EVENTS.DOSSIER_ID.eq(first.id())).fetchSingle(PROCESSING_EVENTS.CHANGE_SEQ);
            assertThat(eventSeq).isGreaterThan(firstSeq);

            RegisteredDossier second = desk.register(request());
            long secondSeq = changeSeqOf(dsl, second.id());
            assertThat(secondSeq).isGreaterThan(eventSeq);
            long counterAfterSecond = dsl.select(DOSSIER_CODE_SEQUENCES.CHANGE_SEQ).from(DOSSIER_CODE_SEQUENCES)
                    .fetchSingle(DOSSIER_CODE_SEQUENCES.CHANGE_SEQ);
            assertThat(counterAfterSecond).as("the daily counter row was updated").isGreaterThan(counterAfterFirst);

            dsl.update(DOSSIERS)
                    .set(DOSSIERS.STATUS, (short) StatusCode.PROCESSING.code())
                    .set(DOSSIERS.UPDATED_AT, LocalDateTime.parse("2025-03-05T10:00"))
                    .set(DOSSIERS.CHANGE_SEQ, ChangeTracking.nextChangeSeq())
                    .where(DOSSIERS.ID.eq(first.id()))
                    .execute();
            long updatedSeq = changeSeqOf(dsl, first.id());
            assertThat(updatedSeq).isGreaterThan(secondSeq).isGreaterThan(counterAfterSecond);
            assertThat(dsl.selectFrom(DOSSIERS).where(DOSSIERS.CHANGE_SEQ.gt(secondSeq)).fetch(DOSSIERS.ID))
                    .as("an incremental pull after the second intake sees exactly the updated dossier")
                    .containsExactly(first.id());
        }
    }

    private static long changeSeqOf(DSLContext dsl, long dossierId) {
        return dsl.select(DOSSIERS.CHANGE_SEQ).from(DOSSIERS).where(DOSSIERS.ID.eq(dossierId))
                .fetchSingle(DOSSIERS.CHANGE_SEQ);
    }

    private static IntakeRequest request() {
        return new IntakeRequest(THREE_DAY_PROCEDURE, JUSTICE, Channel.ONLINE, ApplicantType.CITIZEN, "Trần Thị Bình",
                null, null, null, null, null, "online", null);
    }
}
