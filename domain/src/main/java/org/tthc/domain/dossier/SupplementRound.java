package org.tthc.domain.dossier;

import java.time.LocalDateTime;

import org.tthc.domain.TthcTime;

/**
 * One supplement round (DanhSachHoSoBoSung item): the agency asked the applicant for more papers at
 * {@code requestedAt} (NgayBoSung); the applicant delivered them at {@code completedAt} (NgayTiepNhanBoSung,
 * null while open). {@code newDueAt} (NgayHenTraMoi) is the new appointment the round gave, when the source says.
 */
public record SupplementRound(
        LocalDateTime requestedAt,
        LocalDateTime completedAt,
        LocalDateTime previousDueAt,
        LocalDateTime newDueAt) {

    /** Times in whole seconds, as every other time of a dossier ({@link TthcTime#toSecond}). */
    public SupplementRound {
        requestedAt = TthcTime.toSecond(requestedAt);
        completedAt = TthcTime.toSecond(completedAt);
        previousDueAt = TthcTime.toSecond(previousDueAt);
        newDueAt = TthcTime.toSecond(newDueAt);
    }

    public boolean isCompletedBefore(LocalDateTime cutoff) {
        return completedAt != null && completedAt.isBefore(cutoff);
    }
}
