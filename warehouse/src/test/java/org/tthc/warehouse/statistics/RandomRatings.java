package org.tthc.warehouse.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tthc.domain.rating.RatingLevel;
import org.tthc.domain.rating.RatingRecord;

/**
 * Random ratings for the cross-engine tests, arriving in batches: handling organisations of every level, successors,
 * renamed and unknown codes (and a few without one), times on and around period boundaries and after today,
 * unanswered indicators, and later versions that move a rating to another organisation or month, stale versions that
 * must not win, and identical re-sends.
 */
final class RandomRatings {
    private static final List<String> SOURCES = List.of("portal-lite", "dvc-tinh");
    private static final LocalDate WINDOW_FROM = LocalDate.of(2024, 12, 1);

    private final Random random;
    private final LocalDate today;

    private RandomRatings(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** {@code count} ratings (plus their other versions) spread over {@code batches} batches, in arrival order. */
    static List<List<RatingRecord>> generate(long seed, int count, LocalDate today, int batches) {
        return new RandomRatings(seed, today).batches(count, batches);
    }

    private List<List<RatingRecord>> batches(int count, int batches) {
        List<List<RatingRecord>> result = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            result.add(new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            String source = SOURCES.get(random.nextInt(SOURCES.size()));
            String dossier = "R-" + i;
            LocalDateTime ratedAt = ratedAt();
            RatingRecord base = rating(source, dossier, ratedAt, ratedAt);
            int first = random.nextInt(batches);
            result.get(first).add(base);
            int roll = random.nextInt(100);
            if (roll < 15) {
                // a newer version, possibly elsewhere and in another month
                LocalDateTime moved = random.nextBoolean() ? ratedAt : ratedAt();
                result.get(first + random.nextInt(batches - first)).add(
                        rating(source, dossier, moved, ratedAt.plusDays(1 + random.nextInt(10))));
            } else if (roll < 20) {
                // a stale version arriving later: never replaces the stored one
                result.get(first + random.nextInt(batches - first)).add(
                        rating(source, dossier, ratedAt(), ratedAt.minusDays(1)));
            } else if (roll < 25) {
                result.get(random.nextInt(batches)).add(base); // identical re-send
            }
        }
        return result;
    }

    private RatingRecord rating(String source, String dossier, LocalDateTime ratedAt, LocalDateTime updatedAt) {
        int level = random.nextInt(100);
        String org = random.nextInt(100) < 3 ? null
                : EdgeHeavyHistories.HANDLING.get(random.nextInt(EdgeHeavyHistories.HANDLING.size()));
        return new RatingRecord(source, dossier, org, ratedAt,
                level < 40 ? RatingLevel.VERY_SATISFIED : level < 85 ? RatingLevel.SATISFIED : RatingLevel.NOT_SATISFIED,
                score(), score(), score(), score(), updatedAt);
    }

    /** 0–2, or null (not answered) one time in six. */
    private Integer score() {
        return random.nextInt(6) == 0 ? null : random.nextInt(3);
    }

    /** Any second of the window up to a few days after today; one in ten on the first or last second of a day. */
    private LocalDateTime ratedAt() {
        int days = (int) (today.toEpochDay() - WINDOW_FROM.toEpochDay()) + 5;
        LocalDate day = WINDOW_FROM.plusDays(random.nextInt(days));
        int edge = random.nextInt(20);
        if (edge == 0) {
            return day.atStartOfDay();
        }
        if (edge == 1) {
            return day.atTime(23, 59, 59);
        }
        return day.atStartOfDay().plusSeconds(random.nextInt(86_400));
    }
}
