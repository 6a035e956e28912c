package org.tthc.portal.view;

import java.time.LocalDateTime;

import org.tthc.domain.dossier.StatusCode;

/**
 * One processing event of a dossier, in the order it happened. {@code actor}, {@code department} and {@code note}
 * are for the applicant and the officers, not for the anonymous status lookup.
 */
public record TimelineEvent(LocalDateTime occurredAt, String action, String step, Integer stepOrder,
                            StatusCode status, String actor, String department, LocalDateTime stepDeadline,
                            String note) {
}
