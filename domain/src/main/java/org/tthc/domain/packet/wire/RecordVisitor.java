package org.tthc.domain.packet.wire;

import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.personal.ApplicantIdentity;
import org.tthc.domain.quality.RecordRejection;

/**
 * Receives a packet file's records (DVCQG, LGSP, CSV exports) one at a time, in file order, so that the caller can batch them (the reader
 * never holds more than one record). Each record gives exactly one call: a canonical record, or a rejection.
 */
public interface RecordVisitor {
    /**
     * The keyed hashes of an accepted dossier's applicant, delivered just before its {@link #dossier} when the
     * reader has a hasher and the record carries an ID number, phone or email.
     */
    default void applicant(ApplicantIdentity applicant) {
    }

    /** An accepted dossier record (DongBoHoSoMC, MSyncDocument, a CSV row). */
    void dossier(DossierRecord dossier);

    /** An accepted progress record (CapNhatTienDoHoSoMC, MDocumentTraces). */
    void event(DossierEvent event);

    /** A record that failed validation; it goes to quarantine and the file goes on. */
    void rejected(RecordRejection rejection);
}
