package org.tthc.api.reports;

/** Where a report run stands. Only a delivered run sent anything; a failed run can be restarted. */
public enum ReportRunStatus {
    RUNNING,
    DELIVERED,
    /** Not delivered: no dossier in play in the period (for the organisation). */
    NOTHING_TO_REPORT,
    /** Not delivered: the period's data quality gate refuses it. */
    QUALITY_GATE,
    /** Not delivered: every attempt failed; the operator was told. */
    FAILED
}
