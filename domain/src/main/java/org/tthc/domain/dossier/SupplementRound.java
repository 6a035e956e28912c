package org.tthc.domain.dossier;

import java.time.LocalDateTime;

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

    public boolean isCompletedBefore(LocalDateTime cutoff) {
        return completedAt != null && completedAt.isBefore(cutoff);
    }
}
