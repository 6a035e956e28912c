package org.tthc.portal.view;

import java.time.LocalDateTime;

import org.tthc.domain.dossier.StatusCode;

/** A dossier in an officer's inbox. */
public record InboxRow(String code, String procedureName, String applicantName, StatusCode status,
                       String assignedDepartment, String assignee, LocalDateTime receivedAt, LocalDateTime dueAt,
                       LocalDateTime stepDeadline) {

    public boolean overdueAt(LocalDateTime now) {
        return dueAt != null && now.isAfter(dueAt) || stepDeadline != null && now.isAfter(stepDeadline);
    }
}
