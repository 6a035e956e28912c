package org.tthc.portal.intake;

import java.util.List;
import java.util.Objects;

import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;

/**
 * What the one-stop desk (or the online form) hands in to register a dossier.
 *
 * @param originalDossierId the parent dossier when this is an inter-agency child dossier, else null
 * @param receivedBy        the officer (or "online") who received it, recorded on the intake event
 * @param department        the receiving department, recorded on the intake event
 * @param documentsReceived the codes of the procedure's components handed in (the receipt's list); may be empty
 */
public record IntakeRequest(
        String procedureCode,
        String handlingOrgCode,
        Channel channel,
        ApplicantType applicantType,
        String applicantName,
        String applicantIdNumber,
        String applicantPhone,
        String applicantEmail,
        String summary,
        Long originalDossierId,
        String receivedBy,
        String department,
        List<String> documentsReceived) {

    /** A request that lists no documents received. */
    public IntakeRequest(String procedureCode, String handlingOrgCode, Channel channel, ApplicantType applicantType,
                         String applicantName, String applicantIdNumber, String applicantPhone, String applicantEmail,
                         String summary, Long originalDossierId, String receivedBy, String department) {
        this(procedureCode, handlingOrgCode, channel, applicantType, applicantName, applicantIdNumber, applicantPhone,
                applicantEmail, summary, originalDossierId, receivedBy, department, List.of());
    }

    public IntakeRequest {
        documentsReceived = documentsReceived == null ? List.of() : List.copyOf(documentsReceived);
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(handlingOrgCode, "handlingOrgCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(applicantType, "applicantType");
        if (applicantName == null || applicantName.isBlank()) {
            throw new IntakeException("applicantName", "", "the applicant's name is required");
        }
    }
}
