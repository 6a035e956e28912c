package org.tthc.domain.statistics;

import org.tthc.domain.dossier.DossierRecord;

/** How one dossier in play counts in a period (statistics-rules §3); the engines compute the same flags. */
public record DossierOutcome(
        DossierRecord dossier,
        boolean preExisting,
        boolean newReception,
        boolean newReceptionOnline,
        boolean solved,
        boolean solvedInTime,
        boolean solvedAheadOfTime,
        boolean pendingLate) {

    /** This dossier's contribution to an organisation's counts. */
    PeriodStatistics addTo(PeriodStatistics s) {
        return new PeriodStatistics(s.orgCode(), s.period(), s.ruleSet(),
                s.total() + 1,
                s.preExisting() + one(preExisting),
                s.newReception() + one(newReception),
                s.newReceptionOnline() + one(newReceptionOnline),
                s.totalSolved() + one(solved),
                s.solvedInTime() + one(solvedInTime),
                s.solvedAheadOfTime() + one(solvedAheadOfTime),
                s.solvedLate() + one(solved && !solvedInTime),
                s.totalPending() + one(!solved),
                s.pendingLate() + one(pendingLate));
    }

    private static long one(boolean b) {
        return b ? 1 : 0;
    }
}
