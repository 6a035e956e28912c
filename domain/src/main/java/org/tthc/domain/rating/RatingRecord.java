package org.tthc.domain.rating;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.tthc.domain.TthcTime;

/**
 * An applicant's rating of one dossier (reference.md §3.2 and §7 {@code fact_rating}, statistics-rules §9): the
 * overall answer and the Circular 01/2018 indicator scores collected from the applicant — 1 total handling time,
 * 3 contacts needed to complete the dossier, 4 organisations contacted, 7 the officers' attitude — each 0 to 2, null
 * when not answered. No personal data: the applicant is known only through the dossier. Identity is
 * (sourceSystem, dossierCode): one rating per dossier, a newer version replaces it.
 *
 * @param handlingOrgCode the dossier's handling organisation, the one the rating scores
 * @param ratedAt         when the applicant answered, in whole seconds
 * @param sourceUpdatedAt when the source last changed the rating; orders versions
 */
public record RatingRecord(
        String sourceSystem,
        String dossierCode,
        String handlingOrgCode,
        LocalDateTime ratedAt,
        RatingLevel overall,
        Integer indicator1,
        Integer indicator3,
        Integer indicator4,
        Integer indicator7,
        LocalDateTime sourceUpdatedAt) {

    public static final int MAX_SCORE = 2;
    /** The indicators a rating carries, in order: the ones collected from the applicant. */
    public static final List<Integer> INDICATORS = List.of(1, 3, 4, 7);

    public RatingRecord {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(ratedAt, "ratedAt");
        Objects.requireNonNull(overall, "overall");
        ratedAt = TthcTime.toSecond(ratedAt);
        score("indicator1", indicator1);
        score("indicator3", indicator3);
        score("indicator4", indicator4);
        score("indicator7", indicator7);
    }

    /** The score of one of {@link #INDICATORS}, null when not answered. */
    public Integer score(int indicator) {
        return switch (indicator) {
            case 1 -> indicator1;
            case 3 -> indicator3;
            case 4 -> indicator4;
            case 7 -> indicator7;
            default -> throw new IllegalArgumentException("a rating carries indicators " + INDICATORS
                    + ", not " + indicator);
        };
    }

    /** Whether a score is absent or within 0..{@value #MAX_SCORE}. */
    public static boolean isValidScore(Integer score) {
        return score == null || (score >= 0 && score <= MAX_SCORE);
    }

    private static void score(String name, Integer score) {
        if (!isValidScore(score)) {
            throw new IllegalArgumentException(name + " must be 0 to " + MAX_SCORE + " or absent, was " + score);
        }
    }
}
