package org.tthc.portal.view;

import java.time.LocalDateTime;
import java.util.List;

import org.tthc.domain.dossier.StatusCode;

/**
 * A dossier with everything the pages show: where it stands, its applicant (personal: only for the applicant and the
 * handling organisation's officers), its timeline, documents, open supplement request and rating.
 */
public record DossierDetail(
        long id,
        String code,
        String procedureCode,
        String procedureName,
        String handlingOrgCode,
        String handlingOrgName,
        String applicantName,
        String applicantIdNumber,
        String applicantPhone,
        String applicantEmail,
        String summary,
        StatusCode status,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime promisedAt,
        Integer stepOrder,
        Integer stepCount,
        String assignee,
        String assignedDepartment,
        LocalDateTime stepDeadline,
        LocalDateTime finishedAt,
        LocalDateTime returnedAt,
        String openSupplementReason,
        boolean rated,
        List<TimelineEvent> timeline,
        List<DocumentSummary> documents) {

    /** Still being handled: neither closed nor finished. */
    public boolean open() {
        return finishedAt == null && status != StatusCode.REFUSED_AT_INTAKE && status != StatusCode.STOPPED
                && status != StatusCode.WITHDRAWN;
    }

    /** Open and past its due date (the appointment the statistics evaluate against). */
    public boolean overdueAt(LocalDateTime now) {
        return open() && dueAt != null && now.isAfter(dueAt);
    }

    /** Open, at a step, and past the step's deadline. */
    public boolean stepOverdueAt(LocalDateTime now) {
        return open() && stepDeadline != null && now.isAfter(stepDeadline);
    }
}
