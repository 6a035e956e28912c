package org.tthc.domain.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.tthc.domain.TthcTime;

/**
 * One dossier's state as a source last reported it (the canonical form of a DongBoHoSoMC record).
 * All timestamps are local date-times in Asia/Ho_Chi_Minh, the statistics' ones in whole seconds
 * ({@link TthcTime#toSecond}; the source's update time keeps its precision: it only orders versions). Personal data of the applicant is not part of
 * the canonical record: it never reaches the warehouse.
 *
 * @param sourceSystem        the one-stop system the record came from; identity is (sourceSystem, dossierCode)
 * @param dossierCode         MaHoSo, {@code {unit code}-{yyMMdd}-{sequence}}
 * @param handlingOrgCode     the handling organisation: the code the source gives, else the unit code prefixing
 *                            the dossier code
 * @param dueAt               NgayHenTra, the appointment given at intake (null for procedures without one)
 * @param finishedAt          NgayKetThucXuLy, end of processing as the source reports it
 * @param originalDossierCode for an inter-agency (liên thông) copy: the dossier it derives from; such copies are
 *                            not counted again
 * @param sourceUpdatedAt     when the source last changed the record, if it says; orders re-sent versions
 */
public record DossierRecord(
        String sourceSystem,
        String dossierCode,
        String procedureCode,
        String procedureName,
        String sectorCode,
        String sectorName,
        Channel channel,
        ApplicantType applicantType,
        String summary,
        String handlingOrgCode,
        String handlingOrgName,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        StatusCode status,
        LocalDateTime finishedAt,
        LocalDateTime returnedAt,
        List<SupplementRound> supplements,
        String originalDossierCode,
        LocalDateTime sourceUpdatedAt) {

    public DossierRecord {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(status, "status");
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
        receivedAt = TthcTime.toSecond(receivedAt);
        dueAt = TthcTime.toSecond(dueAt);
        finishedAt = TthcTime.toSecond(finishedAt);
        returnedAt = TthcTime.toSecond(returnedAt);
    }

    public DossierKey key() {
        return new DossierKey(sourceSystem, dossierCode);
    }

    /** The channel for statistics: a missing channel counts as in person. */
    public Channel effectiveChannel() {
        return channel == null ? Channel.IN_PERSON : channel;
    }

    /** The latest timestamp the record itself carries: orders versions when the source gives no update time. */
    public LocalDateTime latestRecordTime() {
        LocalDateTime latest = receivedAt;
        latest = later(latest, finishedAt);
        latest = later(latest, returnedAt);
        for (SupplementRound round : supplements) {
            latest = later(latest, round.requestedAt());
            latest = later(latest, round.completedAt());
        }
        return latest;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        if (a == null) {
            return b;
        }
        return b != null && b.isAfter(a) ? b : a;
    }
}
