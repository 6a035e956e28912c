package org.tthc.domain.personal;

import java.util.Objects;

/**
 * The keyed hashes ({@link ApplicantHasher}) of the applicant of one dossier: what the warehouse keeps of the
 * applicant's ID number, phone and email. Never the values themselves.
 */
public record ApplicantIdentity(String sourceSystem, String dossierCode, String idNumberHash, String phoneHash,
                                String emailHash) {

    public ApplicantIdentity {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(dossierCode, "dossierCode");
    }

    public boolean isEmpty() {
        return idNumberHash == null && phoneHash == null && emailHash == null;
    }
}
