package org.tthc.ingestion.packetfile;

import java.time.Duration;

import org.tthc.warehouse.delta.BatchResult;

/**
 * What one ingestion run read, accepted and quarantined, and what the warehouse did with it.
 *
 * @param files        packet files given, skipped ones included
 * @param batch        what the run's batches changed together
 * @param runId        the run's id in the ledger ({@code meta/ingest_run})
 * @param filesSkipped files committed by an earlier run, unchanged since, and so not read again
 */
public record IngestionSummary(int files, long recordsRead, long dossiersAccepted, long eventsAccepted,
                               long quarantined, int organisations, BatchResult batch, Duration elapsed,
                               String runId, int filesSkipped) {

    public double seconds() {
        return elapsed.toMillis() / 1000.0;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "run %s: ingested %d file(s) (%d skipped: committed before): %d records read, %d dossiers and %d events accepted, %d quarantined, "
                        + "%d organisations; warehouse: %d dossiers inserted, %d updated, %d unchanged, "
                        + "%d events inserted; kept but flagged: %d with an organisation and %d with a procedure "
                        + "not in the catalogue; %.1f s",
                runId, files, filesSkipped, recordsRead, dossiersAccepted, eventsAccepted, quarantined, organisations,
                batch.dossiersInserted(), batch.dossiersUpdated(), batch.dossiersUnchanged(), batch.eventsInserted(),
                batch.dossiersOrgUnknown(), batch.dossiersProcedureUnknown(), seconds());
    }
}
