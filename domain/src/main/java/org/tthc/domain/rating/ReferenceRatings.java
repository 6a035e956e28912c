package org.tthc.domain.rating;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;

/**
 * The pure-Java reference implementation of the satisfaction index (statistics-rules §9), the definition the Spark
 * SQL and ClickHouse SQL implementations are tested against. A rating counts in a period when it was given within
 * it and before the period's cutoff (as of the end of the period, or today for the current one), at its handling
 * organisation and every organisation that rolls up from it in the view's structure, the rule of the dossier
 * statistics ({@link OrganisationCatalogue#rollUp(String, LocalDate)}).
 */
public final class ReferenceRatings {
    /** Versions of one rating: the newest source update wins, a missing one is oldest. */
    private static final Comparator<RatingRecord> VERSION_ORDER = Comparator.comparing(RatingRecord::sourceUpdatedAt,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final OrganisationCatalogue catalogue;

    public ReferenceRatings(OrganisationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The statistics of every organisation with a rating in the period, by organisation code. */
    public Map<String, RatingStatistics> compute(Iterable<RatingRecord> ratings, Period period, LocalDate today,
                                                 OrganisationView view) {
        LocalDateTime from = period.from().atStartOfDay();
        LocalDateTime cutoff = period.cutoff(today);
        LocalDate attributionDay = view.attributionDay(period.asOfDate(today), today);
        Map<String, List<String>> rollUps = new HashMap<>();
        Map<String, Tally> tallies = new TreeMap<>();
        for (RatingRecord rating : latestVersions(ratings)) {
            if (rating.handlingOrgCode() == null || rating.ratedAt().isBefore(from)
                    || !rating.ratedAt().isBefore(cutoff)) {
                continue;
            }
            for (String org : rollUps.computeIfAbsent(rating.handlingOrgCode(),
                    code -> catalogue.rollUp(code, attributionDay))) {
                tallies.computeIfAbsent(org, code -> new Tally()).add(rating);
            }
        }
        Map<String, RatingStatistics> result = new TreeMap<>();
        tallies.forEach((org, tally) -> result.put(org, tally.statistics(org, period)));
        return result;
    }

    private static Iterable<RatingRecord> latestVersions(Iterable<RatingRecord> ratings) {
        Map<String, RatingRecord> latest = new LinkedHashMap<>();
        for (RatingRecord rating : ratings) {
            latest.merge(rating.sourceSystem() + '\u001f' + rating.dossierCode(), rating,
                    (stored, incoming) -> VERSION_ORDER.compare(incoming, stored) >= 0 ? incoming : stored);
        }
        return latest.values();
    }

    /** The counts of one organisation. */
    private static final class Tally {
        private final long[] levels = new long[3];
        private final long[] evaluated = new long[RatingRecord.INDICATORS.size()];
        private final long[] scoreSums = new long[RatingRecord.INDICATORS.size()];

        void add(RatingRecord rating) {
            levels[rating.overall().code() - 1]++;
            for (int i = 0; i < evaluated.length; i++) {
                Integer score = rating.score(RatingRecord.INDICATORS.get(i));
                if (score != null) {
                    evaluated[i]++;
                    scoreSums[i] += score;
                }
            }
        }

        RatingStatistics statistics(String org, Period period) {
            List<IndicatorScore> indicators = new ArrayList<>();
            for (int i = 0; i < evaluated.length; i++) {
                indicators.add(IndicatorScore.of(RatingRecord.INDICATORS.get(i), evaluated[i], scoreSums[i]));
            }
            return RatingStatistics.of(org, period, levels[0], levels[1], levels[2], indicators);
        }
    }
}
