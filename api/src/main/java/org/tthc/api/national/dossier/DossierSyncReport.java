package org.tthc.api.national.dossier;

import java.util.List;

/**
 * What one dossier-sync pass did.
 *
 * @param fromChangeSeq     the watermark it started from (exclusive)
 * @param toChangeSeq       the change sequence it read up to and committed (inclusive)
 * @param dossiersQueued    new dossier packets (DongBoHoSoMC or MSyncDocument)
 * @param progressQueued    new progress packets (CapNhatTienDoHoSoMC or MDocumentTraces)
 * @param alreadyQueued     packets whose exact content was already in the outbox (a repeated pass)
 * @param dossiersUnchanged changed rows whose packet content did not change (nothing queued)
 * @param progressHeldBack  progress records not queued because their dossier has never been pushed (its own record
 *                          was rejected); they go with the dossier's first packet
 * @param rejected          records that broke their schema, not queued
 */
public record DossierSyncReport(long fromChangeSeq, long toChangeSeq, int dossiersQueued, int progressQueued,
                                int alreadyQueued, int dossiersUnchanged, int progressHeldBack,
                                List<RejectedRecord> rejected) {

    public DossierSyncReport {
        rejected = List.copyOf(rejected);
    }

    @Override
    public String toString() {
        return "changes " + fromChangeSeq + ".." + toChangeSeq + ": " + dossiersQueued + " dossier and "
                + progressQueued + " progress packet(s) queued, " + alreadyQueued + " already queued, "
                + dossiersUnchanged + " dossier(s) unchanged, " + progressHeldBack + " progress record(s) held back, "
                + rejected.size() + " record(s) rejected";
    }
}
