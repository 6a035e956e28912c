package org.tthc.domain.packet.wire;

import java.time.LocalDateTime;

import org.tthc.domain.dossier.DossierCodes;
import org.tthc.domain.dossier.StatusCode;

/**
 * The checks every source's dossier record gets, whatever its wire names: the record-level rules beside the
 * field-level ones of {@link WireFields}. Problems are named by the source's own field names.
 */
public final class DossierChecks {
    public static final int MAX_CODE = 100;
    public static final int MAX_SUMMARY = 1000;

    private DossierChecks() {
    }

    /** A receive time is required unless the status says the dossier was never received (1 or 3). */
    public static void receivedUnlessNeverReceived(WireFields f, String receivedField, LocalDateTime receivedAt,
                                                   String statusField, StatusCode status) {
        if (receivedAt == null && status != null && isReceived(status) && !f.hasProblem(receivedField)) {
            f.problem(receivedField, receivedField + " is missing; it is required unless " + statusField
                    + " is 1 or 3");
        }
    }

    /** Due and end times may not be before the receive time. */
    public static void notBeforeReceipt(WireFields f, String receivedField, LocalDateTime receivedAt,
                                        String dueField, LocalDateTime dueAt,
                                        String finishedField, LocalDateTime finishedAt) {
        f.notBefore(dueField, dueAt, receivedField, receivedAt);
        f.notBefore(finishedField, finishedAt, receivedField, receivedAt);
    }

    /**
     * The handling organisation: the code the source gives, else the unit code prefixing the dossier code, else
     * {@code fallback} (may be null); none at all is a problem of the dossier code.
     *
     * @param explicitField the source's field for the code, or null when it has none
     */
    public static String handlingOrgCode(WireFields f, String explicitField, String dossierCodeField,
                                         String dossierCode, String fallback) {
        String explicit = explicitField == null ? null : f.text(explicitField, MAX_CODE);
        if (explicit != null || (explicitField != null && f.hasProblem(explicitField)) || dossierCode == null) {
            return explicit;
        }
        return DossierCodes.unitCode(dossierCode).or(() -> java.util.Optional.ofNullable(fallback))
                .orElseGet(() -> f.problem(dossierCodeField, dossierCodeField + " '" + dossierCode
                        + "' does not start with a unit code ({unit code}-{yyMMdd}-{sequence})"
                        + (explicitField == null ? "" : " and " + explicitField + " is absent")
                        + ", so the handling organisation is unknown"));
    }

    public static boolean isReceived(StatusCode status) {
        return status != StatusCode.REGISTERED && status != StatusCode.REFUSED_AT_INTAKE;
    }
}
