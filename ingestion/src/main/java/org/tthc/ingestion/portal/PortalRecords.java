package org.tthc.ingestion.portal;

import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.tthc.domain.document.DocumentRecord;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.packet.wire.DossierChecks;
import org.tthc.domain.packet.wire.Mapped;
import org.tthc.domain.packet.wire.WireDateFormat;
import org.tthc.domain.packet.wire.WireFields;
import org.tthc.domain.rating.RatingLevel;
import org.tthc.domain.rating.RatingRecord;

/**
 * Maps portal-lite rows, given as JSON objects keyed by column name with times in {@link WireDateFormat#DVCQG}
 * ({@link PortalRows}), to canonical records with the checks every source gets ({@link WireFields},
 * {@link DossierChecks}); problems are named by the portal's column. The database's own constraints already hold
 * most of these, but a row is still checked as any other source's record would be: dates in the future, an end before
 * the receipt, and oversized fields are caught here.
 */
public final class PortalRecords {
    private final String sourceSystem;

    public PortalRecords(String sourceSystem) {
        this.sourceSystem = sourceSystem;
    }

    Mapped<DossierRecord> dossier(JsonNode row, List<SupplementRound> rounds, LocalDateTime futureLimit) {
        WireFields f = fields(row, futureLimit);
        String code = f.requiredKey("code", DossierChecks.MAX_CODE);
        StatusCode status = f.coded("status", StatusCode::ofCode, "a status code (1–10)", true);
        LocalDateTime receivedAt = f.eventTime("received_at");
        DossierChecks.receivedUnlessNeverReceived(f, "received_at", receivedAt, "status", status);
        LocalDateTime dueAt = f.deadline("due_at");
        LocalDateTime finishedAt = f.eventTime("finished_at");
        DossierChecks.notBeforeReceipt(f, "received_at", receivedAt, "due_at", dueAt, "finished_at", finishedAt);
        Channel channel = f.coded("channel", Channel::ofCode, "a channel (1 in person, 2 online, 3 postal)", false);
        ApplicantType applicantType = f.coded("applicant_type", ApplicantType::ofCode,
                "an applicant type (1 citizen, 2 enterprise, 3 state agency, 4 organisation or other)", false);
        String handlingOrgCode = DossierChecks.handlingOrgCode(f, "handling_org_code", "code", code, null);
        String procedureCode = f.text("procedure_code", DossierChecks.MAX_CODE);
        String procedureName = f.text("procedure_name");
        String sectorCode = f.text("sector_code", DossierChecks.MAX_CODE);
        String sectorName = f.text("sector_name");
        String summary = f.truncated("summary", DossierChecks.MAX_SUMMARY);
        String handlingOrgName = f.text("handling_org_name");
        LocalDateTime returnedAt = f.eventTime("returned_at");
        String originalCode = f.text("original_dossier_code", DossierChecks.MAX_CODE);
        LocalDateTime updatedAt = f.eventTime("updated_at");
        if (!f.problems().isEmpty()) {
            return Mapped.rejected(f.problems());
        }
        return Mapped.accepted(new DossierRecord(sourceSystem, code, procedureCode, procedureName, sectorCode,
                sectorName, channel, applicantType, summary, handlingOrgCode, handlingOrgName, receivedAt, dueAt,
                status, finishedAt, returnedAt, rounds, originalCode, updatedAt));
    }

    Mapped<DossierEvent> event(JsonNode row, LocalDateTime futureLimit) {
        WireFields f = fields(row, futureLimit);
        String code = f.requiredKey("dossier_code", DossierChecks.MAX_CODE);
        String eventId = f.requiredKey("id", DossierChecks.MAX_CODE);
        LocalDateTime occurredAt = f.requiredEventTime("occurred_at");
        StatusCode status = f.coded("status", StatusCode::ofCode, "a status code (1–10)", true);
        String step = f.text("step");
        String note = f.text("note");
        String actor = f.text("actor");
        String department = f.text("department");
        LocalDateTime stepDueAt = f.deadline("step_deadline");
        if (!f.problems().isEmpty()) {
            return Mapped.rejected(f.problems());
        }
        String content = note == null ? step : step == null ? note : step + ": " + note;
        return Mapped.accepted(new DossierEvent(sourceSystem, code, "event-" + eventId, occurredAt, status, actor,
                null, department, content, null, stepDueAt));
    }

    /** A portal-lite rating row, also the element of a rating file ({@code RatingFileReader}). */
    public Mapped<RatingRecord> rating(JsonNode row, LocalDateTime futureLimit) {
        WireFields f = fields(row, futureLimit);
        String code = f.requiredKey("dossier_code", DossierChecks.MAX_CODE);
        RatingLevel overall = f.coded("overall", PortalRecords::level,
                "a rating level (1 very satisfied, 2 satisfied, 3 not satisfied)", true);
        LocalDateTime ratedAt = f.requiredEventTime("rated_at");
        Integer indicator1 = score(f, "indicator_1");
        Integer indicator3 = score(f, "indicator_3");
        Integer indicator4 = score(f, "indicator_4");
        Integer indicator7 = score(f, "indicator_7");
        String handlingOrgCode = f.text("handling_org_code", DossierChecks.MAX_CODE);
        LocalDateTime updatedAt = f.eventTime("updated_at");
        if (!f.problems().isEmpty()) {
            return Mapped.rejected(f.problems());
        }
        return Mapped.accepted(new RatingRecord(sourceSystem, code, handlingOrgCode, ratedAt, overall, indicator1,
                indicator3, indicator4, indicator7, updatedAt));
    }

    Mapped<DocumentRecord> document(JsonNode row, LocalDateTime futureLimit) {
        WireFields f = fields(row, futureLimit);
        String code = f.requiredKey("dossier_code", DossierChecks.MAX_CODE);
        String id = f.requiredKey("id", DossierChecks.MAX_CODE);
        String componentCode = f.text("component_code", DossierChecks.MAX_CODE);
        JsonNode size = f.node("size_bytes");
        if (size == null || !size.canConvertToLong() || size.asLong() < 0) {
            f.problem("size_bytes", "size_bytes '" + size + "' is not a size in bytes");
        }
        String sha256 = f.requiredKey("sha256", 64);
        if (sha256 != null && !DocumentRecord.isSha256(sha256)) {
            f.problem("sha256", "sha256 '" + sha256 + "' is not 64 lower-case hex digits");
        }
        LocalDateTime uploadedAt = f.eventTime("uploaded_at");
        LocalDateTime updatedAt = f.eventTime("updated_at");
        if (!f.problems().isEmpty()) {
            return Mapped.rejected(f.problems());
        }
        // An upload to the portal is an electronic copy of the component: digitised (DuocSoHoa) by construction.
        return Mapped.accepted(new DocumentRecord(sourceSystem, code, id, componentCode, size.asLong(), sha256, true,
                uploadedAt, updatedAt));
    }

    private static Integer score(WireFields f, String field) {
        return f.coded(field, s -> RatingRecord.isValidScore(s) ? java.util.Optional.of(s)
                : java.util.Optional.empty(), "a score of 0, 1 or 2", false);
    }

    private static java.util.Optional<RatingLevel> level(int code) {
        return code >= 1 && code <= 3 ? java.util.Optional.of(RatingLevel.of(code)) : java.util.Optional.empty();
    }

    private static WireFields fields(JsonNode row, LocalDateTime futureLimit) {
        return new WireFields(row, futureLimit, WireDateFormat.DVCQG);
    }
}
