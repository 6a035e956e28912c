package org.tthc.api.national.dossier;

import static org.tthc.api.control.db.Tables.NATIONAL_DOSSIER_REJECTION;
import static org.tthc.api.control.db.Tables.NATIONAL_DOSSIER_STATE;
import static org.tthc.api.control.db.Tables.NATIONAL_DOSSIER_SYNC;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.tthc.api.control.ControlDatabase;

/**
 * The dossier sync's state in the control database (migration V5): the change sequence of portal-lite up to which
 * every change has been queued, what was last queued of each dossier, and the records that were not queued.
 */
final class DossierSyncState {
    private static final int TEXT_LIMIT = 4000;

    private final DSLContext dsl;

    DossierSyncState(ControlDatabase database) {
        this.dsl = database.dsl();
    }

    /** Every change of {@code source} up to this change sequence has been queued; 0 before the first pass. */
    long watermark(String source) {
        return dsl.select(NATIONAL_DOSSIER_SYNC.CHANGE_SEQ).from(NATIONAL_DOSSIER_SYNC)
                .where(NATIONAL_DOSSIER_SYNC.SOURCE.eq(source)).fetchOptional(0, Long.class).orElse(0L);
    }

    void commitWatermark(String source, long changeSeq, Instant now) {
        dsl.transaction(tx -> {
            int updated = tx.dsl().update(NATIONAL_DOSSIER_SYNC)
                    .set(NATIONAL_DOSSIER_SYNC.CHANGE_SEQ, changeSeq)
                    .set(NATIONAL_DOSSIER_SYNC.SYNCED_AT, at(now))
                    .where(NATIONAL_DOSSIER_SYNC.SOURCE.eq(source)).execute();
            if (updated == 0) {
                tx.dsl().insertInto(NATIONAL_DOSSIER_SYNC).set(NATIONAL_DOSSIER_SYNC.SOURCE, source)
                        .set(NATIONAL_DOSSIER_SYNC.CHANGE_SEQ, changeSeq)
                        .set(NATIONAL_DOSSIER_SYNC.SYNCED_AT, at(now)).execute();
            }
        });
    }

    /** The hash of the record last queued for {@code dossierCode}; empty when it has never been pushed. */
    Optional<String> lastQueuedHash(String dossierCode) {
        return dsl.select(NATIONAL_DOSSIER_STATE.RECORD_HASH).from(NATIONAL_DOSSIER_STATE)
                .where(NATIONAL_DOSSIER_STATE.DOSSIER_CODE.eq(dossierCode)).fetchOptional(0, String.class);
    }

    void recordQueued(String dossierCode, String recordHash, long outboxId, Instant now) {
        dsl.transaction(tx -> {
            int updated = tx.dsl().update(NATIONAL_DOSSIER_STATE)
                    .set(NATIONAL_DOSSIER_STATE.RECORD_HASH, recordHash)
                    .set(NATIONAL_DOSSIER_STATE.OUTBOX_ID, outboxId)
                    .set(NATIONAL_DOSSIER_STATE.QUEUED_AT, at(now))
                    .where(NATIONAL_DOSSIER_STATE.DOSSIER_CODE.eq(dossierCode)).execute();
            if (updated == 0) {
                tx.dsl().insertInto(NATIONAL_DOSSIER_STATE).set(NATIONAL_DOSSIER_STATE.DOSSIER_CODE, dossierCode)
                        .set(NATIONAL_DOSSIER_STATE.RECORD_HASH, recordHash)
                        .set(NATIONAL_DOSSIER_STATE.OUTBOX_ID, outboxId)
                        .set(NATIONAL_DOSSIER_STATE.QUEUED_AT, at(now)).execute();
            }
        });
    }

    void recordRejection(RejectedRecord rejected, long changeSeq, Instant now) {
        String problems = String.join("; ", rejected.problems());
        dsl.insertInto(NATIONAL_DOSSIER_REJECTION)
                .set(NATIONAL_DOSSIER_REJECTION.DOSSIER_CODE, rejected.dossierCode())
                .set(NATIONAL_DOSSIER_REJECTION.PACKET_TYPE, rejected.packetType())
                .set(NATIONAL_DOSSIER_REJECTION.EVENT_ID, rejected.eventId())
                .set(NATIONAL_DOSSIER_REJECTION.FIELD, rejected.field())
                .set(NATIONAL_DOSSIER_REJECTION.PROBLEMS,
                        problems.length() <= TEXT_LIMIT ? problems : problems.substring(0, TEXT_LIMIT - 1) + "…")
                .set(NATIONAL_DOSSIER_REJECTION.CHANGE_SEQ, changeSeq)
                .set(NATIONAL_DOSSIER_REJECTION.REPORTED_AT, at(now))
                .execute();
    }

    /** The rejections recorded for {@code dossierCode}, oldest first. */
    List<RejectedRecord> rejections(String dossierCode) {
        return dsl.selectFrom(NATIONAL_DOSSIER_REJECTION)
                .where(NATIONAL_DOSSIER_REJECTION.DOSSIER_CODE.eq(dossierCode))
                .orderBy(NATIONAL_DOSSIER_REJECTION.ID)
                .fetch(r -> new RejectedRecord(r.getDossierCode(), r.getPacketType(), r.getEventId(), r.getField(),
                        List.of(r.getProblems().split("; "))));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
