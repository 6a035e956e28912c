package org.tthc.portal.intake;

import java.util.Objects;

import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;

/**
 * What the one-stop desk (or the online form) hands in to register a dossier.
 *
 * @param originalDossierId the parent dossier when this is an inter-agency child dossier, else null
 * @param receivedBy        the officer (or "online") who received it, recorded on the intake event
 * @param department        the receiving department, recorded on the intake event
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
        String department) {

    public IntakeRequest {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(handlingOrgCode, "handlingOrgCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(applicantType, "applicantType");
        if (applicantName == null || applicantName.isBlank()) {
            throw new IntakeException("applicantName", "", "the applicant's name is required");
        }
    }
}
