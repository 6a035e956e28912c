package org.tthc.domain.statistics;

import java.time.LocalDateTime;

/**
 * One supplement round as the statistics see it: requested at, completed at (null while open), and the due date
 * that holds from its completion on (null while open or when the dossier has no due date).
 *
 * @param roundNo rounds numbered from 1 in order of request; breaks ties between equal timestamps
 */
public record DueDateChange(int roundNo, LocalDateTime requestedAt, LocalDateTime completedAt,
                            LocalDateTime dueAfter) {
}
