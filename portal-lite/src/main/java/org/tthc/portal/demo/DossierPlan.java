package org.tthc.portal.demo;

import java.time.LocalDateTime;

import org.tthc.domain.dossier.Channel;
import org.tthc.portal.demo.DemoPeople.Applicant;

/**
 * What will happen to one demo dossier, drawn before it is received: where and how it arrives, how it ends
 * ({@link Fate}) and the detours it takes on the way.
 */
record DossierPlan(String procedure, String org, Channel channel, Applicant applicant, LocalDateTime receivedAt,
                   Fate fate, boolean supplement, boolean supplementAnswered, boolean returnedForRework,
                   boolean fee, boolean apology, boolean rated) {

    /** How the dossier ends, unless now comes first. */
    enum Fate { REGULAR, LATE, REFUSED, WITHDRAWN, STOPPED }
}
