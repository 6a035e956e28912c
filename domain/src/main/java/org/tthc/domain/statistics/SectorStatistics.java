package org.tthc.domain.statistics;

import java.util.Objects;

/**
 * The counts of {@link PeriodStatistics} for one organisation (with everything that rolls up to it), one period and
 * one sector (lĩnh vực, the dossier record's {@code MaLinhVuc}): only the dossiers of that sector are counted. Every
 * dossier has one sector or none, so an organisation's sector statistics add up, count by count, to its statistics.
 *
 * @param sectorCode the sector's code; null for the dossiers whose record gives none
 * @param sectorName the sector's name as the latest-received dossier of the code gives it; null when none does
 */
public record SectorStatistics(String sectorCode, String sectorName, PeriodStatistics statistics) {
    public SectorStatistics {
        Objects.requireNonNull(statistics, "statistics");
    }

    public String orgCode() {
        return statistics.orgCode();
    }
}
