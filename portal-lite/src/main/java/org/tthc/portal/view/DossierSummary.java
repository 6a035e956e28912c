package org.tthc.portal.view;

import java.time.LocalDateTime;

import org.tthc.domain.dossier.StatusCode;

/** A dossier in the applicant's own list. */
public record DossierSummary(String code, String procedureName, StatusCode status, LocalDateTime receivedAt,
                             LocalDateTime dueAt) {
}
