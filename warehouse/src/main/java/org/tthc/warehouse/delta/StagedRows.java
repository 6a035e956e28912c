package org.tthc.warehouse.delta;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.tthc.domain.document.DocumentRecord;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.personal.ApplicantIdentity;
import org.tthc.domain.quality.RecordRejection;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.domain.statistics.DueDateChange;
import org.tthc.domain.statistics.SupplementDueDates;

/**
 * Canonical records as rows of the staging tables: the silver columns plus {@code arrival}, the record's position
 * in its batch (a later arrival wins a tie between equal versions, as in {@code ReferenceStatistics}).
 */
final class StagedRows {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    /** Partition value of dossiers without a receive time. */
    static final String NO_MONTH = "none";

    static final StructType DOSSIER = WarehouseTable.DOSSIER.schema()
            .add("arrival", LongType, false)
            .add("supplement_changes", new ArrayType(new StructType()
                    .add("round_no", IntegerType, false)
                    .add("requested_at", TimestampNTZType, false)
                    .add("completed_at", TimestampNTZType)
                    .add("due_after", TimestampNTZType), true), false);
    static final StructType EVENT = WarehouseTable.DOSSIER_EVENT.schema().add("arrival", LongType, false);
    static final StructType APPLICANT = WarehouseTable.APPLICANT.schema().add("arrival", LongType, false);
    static final StructType RATING = WarehouseTable.RATING.schema().add("arrival", LongType, false);
    static final StructType DOCUMENT = WarehouseTable.DOCUMENT.schema().add("arrival", LongType, false);
    static final StructType REJECTION = WarehouseTable.QUARANTINE.schema().add("arrival", LongType, false);

    private final SupplementDueDates dueDates;
    private final String batchId;

    StagedRows(SupplementDueDates dueDates, String batchId) {
        this.dueDates = dueDates;
        this.batchId = batchId;
    }

    Row dossier(DossierRecord d, long arrival) {
        List<Row> rounds = d.supplements().stream()
                .map(s -> RowFactory.create(s.requestedAt(), s.completedAt(), s.previousDueAt(), s.newDueAt()))
                .toList();
        // The due date each round leaves is computed here, once, with the working calendar (§4).
        List<Row> changes = dueDates.changes(d).stream()
                .map(StagedRows::change)
                .toList();
        return RowFactory.create(
                d.sourceSystem(), d.dossierCode(), d.procedureCode(), d.procedureName(), d.sectorCode(),
                d.sectorName(), d.channel() == null ? null : d.channel().code(),
                d.applicantType() == null ? null : d.applicantType().code(), d.summary(), d.handlingOrgCode(),
                d.handlingOrgName(), d.receivedAt(), d.dueAt(), d.status().code(), d.finishedAt(), d.returnedAt(),
                rounds, d.originalDossierCode(), d.sourceUpdatedAt(),
                d.sourceUpdatedAt(), d.latestRecordTime(),
                contentHash(d), batchId, d.receivedAt() == null ? NO_MONTH : MONTH.format(d.receivedAt()),
                null, null, arrival, changes);
    }

    Row event(DossierEvent e, long arrival) {
        return RowFactory.create(
                e.sourceSystem(), e.dossierCode(), e.eventId(), e.occurredAt(), e.status().code(), e.handler(),
                e.handlerTitle(), e.department(), e.content(), e.stepStartedAt(), e.stepDueAt(),
                batchId, MONTH.format(e.occurredAt()), arrival);
    }

    Row applicant(ApplicantIdentity a, long arrival) {
        return RowFactory.create(a.sourceSystem(), a.dossierCode(), a.idNumberHash(), a.phoneHash(), a.emailHash(),
                batchId, arrival);
    }

    Row rating(RatingRecord r, long arrival) {
        return RowFactory.create(r.sourceSystem(), r.dossierCode(), r.handlingOrgCode(), r.ratedAt(),
                r.overall().code(), r.indicator1(), r.indicator3(), r.indicator4(), r.indicator7(), r.sourceUpdatedAt(),
                batchId, arrival);
    }

    Row document(DocumentRecord d, long arrival) {
        return RowFactory.create(d.sourceSystem(), d.dossierCode(), d.documentId(), d.componentCode(), d.sizeBytes(),
                d.sha256(), d.digitised(), d.uploadedAt(), d.sourceUpdatedAt(), batchId, arrival);
    }

    Row rejection(RecordRejection r, LocalDateTime quarantinedAt, long arrival) {
        return RowFactory.create(
                r.sourceSystem(), r.location(), r.position(), r.recordKey(), r.field(), r.reason(), r.rawPayload(),
                sha256(Objects.toString(r.rawPayload(), "")), batchId, quarantinedAt, null, null, arrival);
    }

    /** A digest of every field of the record: equal digests mean an identical re-send. */
    static String contentHash(DossierRecord d) {
        StringBuilder text = new StringBuilder(512);
        append(text, d.sourceSystem(), d.dossierCode(), d.procedureCode(), d.procedureName(), d.sectorCode(),
                d.sectorName(), d.channel(), d.applicantType(), d.summary(), d.handlingOrgCode(), d.handlingOrgName(),
                d.receivedAt(), d.dueAt(), d.status(), d.finishedAt(), d.returnedAt(), d.originalDossierCode(),
                d.sourceUpdatedAt());
        for (SupplementRound s : d.supplements()) {
            append(text, s.requestedAt(), s.completedAt(), s.previousDueAt(), s.newDueAt());
        }
        return sha256(text.toString());
    }

    private static void append(StringBuilder text, Object... values) {
        for (Object value : values) {
            // \u0000 marks a missing value so that null and "" differ; \u001f separates fields.
            text.append(value == null ? "\u0000" : value.toString()).append('\u001f');
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Row change(DueDateChange c) {
        return RowFactory.create(c.roundNo(), c.requestedAt(), c.completedAt(), c.dueAfter());
    }
}
