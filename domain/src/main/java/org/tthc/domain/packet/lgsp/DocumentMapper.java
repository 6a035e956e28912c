package org.tthc.domain.packet.lgsp;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.packet.wire.DossierChecks;
import org.tthc.domain.packet.wire.Mapped;
import org.tthc.domain.packet.wire.WireDateFormat;
import org.tthc.domain.packet.wire.WireFields;

/**
 * Maps one MSyncDocument record (reference.md §2.1.1) to a {@link DossierRecord}. The packet has no DVCQG status:
 * it is derived from the record's flags and dates (docs/decisions.md, "LGSP status"): returned (IsReturned) 10,
 * else a result or an end (IsSuccess, SuccessDate, FinishedDate) 9, else an open supplement request 5, else 4.
 * The end of processing is FinishedDate, else SuccessDate; the hand-over time ReturnedDate only when IsReturned
 * (OpenCPS sends the due date there otherwise). The handling organisation is the unit code prefixing DocCode, else
 * OrganInchargeIdLevel1. The LGSP {@code Status} (OpenCPS: 2 releasing, else 1) says nothing more and is not read.
 */
final class DocumentMapper {
    private static final String SUPPLEMENTS = "Supplementaries";

    private final String sourceSystem;

    DocumentMapper(String sourceSystem) {
        this.sourceSystem = sourceSystem;
    }

    Mapped<DossierRecord> map(JsonNode record, LocalDateTime futureLimit) {
        WireFields f = new WireFields(record, futureLimit, WireDateFormat.LGSP);
        String dossierCode = f.requiredKey("DocCode", DossierChecks.MAX_CODE);
        LocalDateTime receivedAt = f.eventTime("DateReceived");
        LocalDateTime dueAt = f.deadline("DateAppointed");
        Boolean success = f.flag("IsSuccess");
        Boolean returned = f.flag("IsReturned");
        Boolean supplementary = f.flag("HasSupplementary");
        LocalDateTime successAt = f.eventTime("SuccessDate");
        LocalDateTime finishedDate = f.eventTime("FinishedDate");
        LocalDateTime returnedAt = Boolean.TRUE.equals(returned) ? f.eventTime("ReturnedDate") : null;
        List<SupplementRound> supplements = supplements(f, f.node(SUPPLEMENTS));
        StatusCode status = status(returned, success, successAt, finishedDate, supplementary, supplements);
        LocalDateTime finishedAt = finishedDate != null ? finishedDate
                : status.code() >= StatusCode.FINISHED.code() ? successAt : null;
        if (receivedAt == null && !f.hasProblem("DateReceived")) {
            f.problem("DateReceived", "DateReceived is missing");
        }
        DossierChecks.notBeforeReceipt(f, "DateReceived", receivedAt, "DateAppointed", dueAt,
                finishedDate != null ? "FinishedDate" : "SuccessDate", finishedAt);
        ApplicantType applicantType = f.coded("ApplicantsType", ApplicantType::ofCode,
                "an applicant type (1 citizen, 2 enterprise, 3 organisation, 4 other)", false);
        String procedureCode = f.text("DocTypeCode");
        String procedureName = f.text("DocTypeName");
        String summary = f.truncated("Compendium", DossierChecks.MAX_SUMMARY);
        String handlingOrgName = f.text("ProcessingOrganName");
        String handlingOrgCode = DossierChecks.handlingOrgCode(f, null, "DocCode", dossierCode,
                f.text("OrganInchargeIdLevel1", DossierChecks.MAX_CODE));
        if (!f.problems().isEmpty()) {
            return Mapped.rejected(f.problems());
        }
        return Mapped.accepted(new DossierRecord(sourceSystem, dossierCode, procedureCode, procedureName, null, null,
                null, applicantType, summary, handlingOrgCode, handlingOrgName, receivedAt, dueAt, status, finishedAt,
                returnedAt, supplements, null, null));
    }

    private static StatusCode status(Boolean returned, Boolean success, LocalDateTime successAt,
                                     LocalDateTime finishedAt, Boolean supplementary,
                                     List<SupplementRound> supplements) {
        if (Boolean.TRUE.equals(returned)) {
            return StatusCode.RESULT_RETURNED;
        }
        if (Boolean.TRUE.equals(success) || successAt != null || finishedAt != null) {
            return StatusCode.FINISHED;
        }
        boolean openRound = !supplements.isEmpty() && supplements.get(supplements.size() - 1).completedAt() == null;
        if (openRound || (Boolean.TRUE.equals(supplementary) && supplements.isEmpty())) {
            return StatusCode.SUPPLEMENT_REQUESTED;
        }
        return StatusCode.PROCESSING;
    }

    private static List<SupplementRound> supplements(WireFields f, JsonNode list) {
        List<SupplementRound> rounds = new ArrayList<>();
        if (list == null) {
            return rounds;
        }
        if (!list.isArray()) {
            return f.problem(SUPPLEMENTS, SUPPLEMENTS + " must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                f.problem(SUPPLEMENTS + "[" + i + "]", SUPPLEMENTS + "[" + i + "] must be an object");
                continue;
            }
            WireFields round = f.nested(item, SUPPLEMENTS + "[" + i + "].");
            LocalDateTime requestedAt = round.eventTime("SendDate");
            Boolean received = round.flag("IsReceived");
            LocalDateTime receivedAt = round.eventTime("ReceivedDate");
            rounds.add(new SupplementRound(requestedAt, Boolean.FALSE.equals(received) ? null : receivedAt,
                    round.deadline("OldDateAppointed"), round.deadline("NewDateAppointed")));
        }
        return rounds;
    }
}
