package org.tthc.reports;

import org.tthc.domain.period.Period;

/**
 * There is nothing to report: no dossier is in play in the period (for the organisation, when one is named). A
 * scheduled delivery stops here rather than send empty reports.
 */
public final class NothingToReportException extends IllegalStateException {
    private final Period period;
    private final String orgCode;

    public NothingToReportException(Period period, String orgCode) {
        super(orgCode == null
                ? "no dossier is in play in " + period + ": there is nothing to report"
                : "organisation " + orgCode + " has no dossier in play in " + period + ": there is nothing to report");
        this.period = period;
        this.orgCode = orgCode;
    }

    public Period period() {
        return period;
    }

    /** The organisation, or null when no organisation has a dossier in the period. */
    public String orgCode() {
        return orgCode;
    }
}
