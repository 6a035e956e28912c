package org.tthc.ingestion.ledger;

/**
 * What a run read and where it went.
 *
 * @param read        input records read (accepted and rejected)
 * @param written     records accepted into staging and merged into silver (dossiers, events, ratings, documents)
 * @param quarantined records rejected into quarantine
 */
public record RunCounts(long read, long written, long quarantined) {
    public static final RunCounts NONE = new RunCounts(0, 0, 0);
}
