package org.tthc.warehouse.delta;

/**
 * What committing one ingest batch changed. Dossier counts are over the distinct dossiers of the batch (several
 * versions of one dossier in a batch count once): each was inserted, updated, or left unchanged (an identical
 * re-send, or a version older than the stored one).
 *
 * @param dossiersStaged    dossier records staged, versions and re-sends included
 * @param dossiersOrgUnknown distinct dossiers of the batch kept but flagged: handling organisation not in the catalogue
 * @param dossiersProcedureUnknown distinct dossiers of the batch kept but flagged: procedure not in the catalogue
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
        long dossiersOrgUnknown,
        long dossiersProcedureUnknown,
        long eventsStaged,
        long eventsInserted,
        long rejectionsStaged,
        long rejectionsQuarantined) {

    /** Distinct dossiers of the batch. */
    public long dossiersDistinct() {
        return dossiersInserted + dossiersUpdated + dossiersUnchanged;
    }

    /** What several batches of one run changed together, under the run's id. */
    public static BatchResult sum(String id, java.util.List<BatchResult> batches) {
        BatchResult total = new BatchResult(id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (BatchResult b : batches) {
            total = new BatchResult(id, total.dossiersStaged + b.dossiersStaged,
                    total.dossiersInserted + b.dossiersInserted, total.dossiersUpdated + b.dossiersUpdated,
                    total.dossiersUnchanged + b.dossiersUnchanged, total.dossiersOrgUnknown + b.dossiersOrgUnknown,
                    total.dossiersProcedureUnknown + b.dossiersProcedureUnknown, total.eventsStaged + b.eventsStaged,
                    total.eventsInserted + b.eventsInserted, total.rejectionsStaged + b.rejectionsStaged,
                    total.rejectionsQuarantined + b.rejectionsQuarantined);
        }
        return total;
    }
}
