package org.tthc.api.web.publicsite;

import java.time.LocalDateTime;
import java.util.List;

import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.view.DossierDetail;

/**
 * What anyone with a dossier code may see: no applicant, no officer names, no notes (a refusal or supplement reason
 * may be personal). The page gets only this record, so it cannot show more.
 */
public record PublicDossierStatus(String code, String procedureName, String handlingOrgName, StatusCode status,
                                  LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime finishedAt,
                                  LocalDateTime returnedAt, List<Stage> stages) {

    /** A stage of the timeline: when, which action or step, the status after it. */
    public record Stage(LocalDateTime occurredAt, String action, String step, StatusCode status) {
    }

    public static PublicDossierStatus of(DossierDetail d) {
        return new PublicDossierStatus(d.code(), d.procedureName(), d.handlingOrgName(), d.status(), d.receivedAt(),
                d.dueAt(), d.finishedAt(), d.returnedAt(), d.timeline().stream()
                .map(e -> new Stage(e.occurredAt(), e.action(), e.step(), e.status())).toList());
    }
}
