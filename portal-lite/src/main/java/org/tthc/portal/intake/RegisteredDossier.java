package org.tthc.portal.intake;

import java.time.LocalDateTime;

import org.tthc.domain.dossier.StatusCode;

/** A dossier as intake registered it: its national code and appointment date (NgayHenTra). */
public record RegisteredDossier(long id, String code, LocalDateTime receivedAt, LocalDateTime dueAt, StatusCode status) {
}
