package org.tthc.domain.statistics;

import java.time.LocalDateTime;
import java.util.Comparator;

import org.tthc.domain.dossier.DossierRecord;

/**
 * statistics-rules §8: which of two versions of one dossier is the newer. Ordered by the source's update time,
 * then by the latest timestamp the record carries; a version that is not older replaces the stored one, so
 * re-sending the same record changes nothing and a stale one never overwrites newer state.
 */
public final class DossierVersions {
    /** Versions compare by (source update time, latest record time), missing values first. */
    public static final Comparator<DossierRecord> ORDER = Comparator
            .comparing(DossierRecord::sourceUpdatedAt, Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
            .thenComparing(DossierRecord::latestRecordTime, Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()));

    private DossierVersions() {
    }

    /** Whether {@code incoming} replaces {@code stored}: it does unless it is strictly older. */
    public static boolean replaces(DossierRecord incoming, DossierRecord stored) {
        return ORDER.compare(incoming, stored) >= 0;
    }
}
