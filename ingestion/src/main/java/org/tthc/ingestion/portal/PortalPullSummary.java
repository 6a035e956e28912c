package org.tthc.ingestion.portal;

import java.time.Duration;
import java.util.Locale;

import org.tthc.warehouse.delta.BatchResult;

/**
 * What one pull from portal-lite read and changed.
 *
 * @param fromWatermark the change sequence committed before the pull (0 on the first)
 * @param toWatermark   the change sequence committed by the pull
 * @param batch         what the warehouse did, null when nothing had changed
 */
public record PortalPullSummary(String runId, long fromWatermark, long toWatermark, long dossiers, long events,
                                long ratings, long documents, long quarantined, BatchResult batch, Duration elapsed) {

    public long recordsRead() {
        return dossiers + events + ratings + documents + quarantined;
    }

    /** The dossiers kept but flagged, when there are any: portal-lite's own catalogue normally knows every code. */
    private String flagged() {
        if (batch.dossiersOrgUnknown() == 0 && batch.dossiersProcedureUnknown() == 0) {
            return "";
        }
        return String.format(Locale.ROOT, ", kept but flagged: %d with an organisation and %d with a procedure not in "
                + "the catalogue", batch.dossiersOrgUnknown(), batch.dossiersProcedureUnknown());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "run %s: portal changes %d..%d: %d dossiers, %d events, %d ratings, %d documents accepted, "
                        + "%d quarantined%s; %.1f s",
                runId, fromWatermark, toWatermark, dossiers, events, ratings, documents, quarantined,
                batch == null ? "" : String.format(Locale.ROOT, "; warehouse: %d dossiers inserted, %d updated, "
                        + "%d events inserted%s", batch.dossiersInserted(), batch.dossiersUpdated(), batch.eventsInserted(),
                        flagged()),
                elapsed.toMillis() / 1000.0);
    }
}
