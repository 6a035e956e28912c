package org.tthc.domain.packet.dvcqg;

import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.quality.RecordRejection;

/**
 * Receives a DVCQG file's records one at a time, in file order, so that the caller can batch them (the reader
 * never holds more than one record). Each record gives exactly one call: a canonical record, or a rejection.
 */
public interface DvcqgRecordVisitor {
    /** An accepted DongBoHoSoMC record. */
    void dossier(DossierRecord dossier);

    /** An accepted CapNhatTienDoHoSoMC record. */
    void event(DossierEvent event);

    /** A record that failed validation; it goes to quarantine and the file goes on. */
    void rejected(RecordRejection rejection);
}
