package org.tthc.portal.rating;

/**
 * The applicant's rating of a dossier (statistics rules §9): the overall answer (1 very satisfied, 2 satisfied,
 * 3 not satisfied) and the Circular 01/2018 indicators collected from the applicant, 0–2 each, null when not
 * answered: 1 total handling time, 3 contacts needed to complete the dossier, 4 organisations contacted,
 * 7 the officers' attitude.
 */
public record Rating(int overall, Integer indicator1, Integer indicator3, Integer indicator4, Integer indicator7) {
}
