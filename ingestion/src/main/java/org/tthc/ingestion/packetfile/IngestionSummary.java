package org.tthc.ingestion.packetfile;

import java.time.Duration;

import org.tthc.warehouse.delta.BatchResult;

/** What one ingestion run read, accepted and quarantined, and what the warehouse did with it. */
public record IngestionSummary(int files, long recordsRead, long dossiersAccepted, long eventsAccepted,
                               long quarantined, int organisations, BatchResult batch, Duration elapsed) {

    public double seconds() {
        return elapsed.toMillis() / 1000.0;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "ingested %d file(s): %d records read, %d dossiers and %d events accepted, %d quarantined, "
                        + "%d organisations; warehouse: %d dossiers inserted, %d updated, %d unchanged, "
                        + "%d events inserted; %.1f s",
                files, recordsRead, dossiersAccepted, eventsAccepted, quarantined, organisations,
                batch.dossiersInserted(), batch.dossiersUpdated(), batch.dossiersUnchanged(), batch.eventsInserted(),
                seconds());
    }
}
