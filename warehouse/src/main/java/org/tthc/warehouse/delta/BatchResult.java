package org.tthc.warehouse.delta;

/**
 * What committing one ingest batch changed. Dossier counts are over the distinct dossiers of the batch (several
 * versions of one dossier in a batch count once): each was inserted, updated, or left unchanged (an identical
 * re-send, or a version older than the stored one).
 *
 * @param dossiersStaged    dossier records staged, versions and re-sends included
 * @param eventsStaged      events staged, repeats included
 * @param eventsInserted    events not stored before
 * @param rejectionsStaged  rejections staged
 * @param rejectionsQuarantined rejections not quarantined before (same source, location, position and payload)
 */
public record BatchResult(
        String batchId,
        long dossiersStaged,
        long dossiersInserted,
        long dossiersUpdated,
        long dossiersUnchanged,
        long eventsStaged,
        long eventsInserted,
        long rejectionsStaged,
        long rejectionsQuarantined) {

    /** Distinct dossiers of the batch. */
    public long dossiersDistinct() {
        return dossiersInserted + dossiersUpdated + dossiersUnchanged;
    }
}
