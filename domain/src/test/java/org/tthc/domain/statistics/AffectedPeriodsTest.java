package org.tthc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierKey;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.RandomHistories.History;

/** The periods a load can change (issue 9): exact on hand-made spans, and safe on random histories. */
class AffectedPeriodsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 10);
    private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

    @Test
    void finishedDossierAffectsItsMonthsFromReceiptToEndAndTheirYears() {
        List<Period> periods = AffectedPeriods.of(List.of(
                new DossierSpan(LocalDate.of(2024, 11, 20), LocalDate.of(2025, 2, 3))), TODAY);
        assertThat(periods).containsExactly(Period.month(2024, 11), Period.month(2024, 12), Period.month(2025, 1),
                Period.month(2025, 2), Period.year(2024), Period.year(2025));
    }

    @Test
    void openDossierAffectsEveryMonthUpToTodaysMonth() {
        assertThat(new DossierSpan(LocalDate.of(2025, 7, 31), null).months(TODAY))
                .containsExactly(YearMonth.of(2025, 7), YearMonth.of(2025, 8), YearMonth.of(2025, 9));
    }

    @Test
    void endBeforeReceiptStillAffectsTheReceiptMonth() {
        assertThat(new DossierSpan(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 3, 1)).months(TODAY))
                .containsExactly(YearMonth.of(2025, 5));
    }

    @Test
    void dossierWithoutReceiptOrReceivedAfterTodayAffectsNothing() {
        assertThat(AffectedPeriods.of(List.of(new DossierSpan(null, null),
                new DossierSpan(TODAY.plusDays(1), null)), TODAY)).isEmpty();
    }

    @Test
    void endAfterTodayIsCappedAtTodaysMonth() {
        assertThat(new DossierSpan(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 1, 1)).months(TODAY))
                .containsExactly(YearMonth.of(2025, 8), YearMonth.of(2025, 9));
    }

    @Test
    void spanEndsNoEarlierThanFirstSolvedEventOrSolvedRecordFinish() {
        History one = RandomHistories.generate(new Random(7), 60);
        for (DossierRecord record : latest(one).values()) {
            List<DossierEvent> events = eventsOf(one, record.key());
            DossierSpan span = DossierSpan.of(record, events, RuleSet.R2025_1.statusBuckets());
            events.stream().filter(e -> RuleSet.R2025_1.statusBuckets().bucketOf(e.status()) == StatusBucket.SOLVED)
                    .map(e -> e.occurredAt().toLocalDate()).min(LocalDate::compareTo)
                    .ifPresent(first -> assertThat(span.lastEndOn()).isNotNull().isAfterOrEqualTo(first));
            if (RuleSet.R2025_1.statusBuckets().bucketOf(record.status()) == StatusBucket.SOLVED
                    && record.finishedAt() != null) {
                assertThat(span.lastEndOn()).isAfterOrEqualTo(record.finishedAt().toLocalDate());
            }
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /**
     * A load replaces some dossiers of a history by other versions (other records, other events): every month and
     * year of 2024–2026 that {@link AffectedPeriods} leaves out has exactly the statistics it had before, in both
     * views, evaluated after the data and on a day within it.
     */
    @Property(tries = 60)
    void periodsLeftOutKeepTheirStatistics(@ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 30) int size) {
        Random random = new Random(seed);
        History before = RandomHistories.generate(random, size);
        History other = RandomHistories.generate(random, size);
        Set<DossierKey> changed = new HashSet<>();
        latest(before).keySet().forEach(key -> {
            if (random.nextInt(3) == 0) {
                changed.add(key);
            }
        });
        History after = replaced(before, other, changed);
        LocalDate today = random.nextBoolean() ? LocalDate.of(2026, 6, 1)
                : RandomHistories.WINDOW_FROM.plusDays(random.nextInt(500));
        List<DossierSpan> spans = new ArrayList<>();
        for (History version : List.of(before, after)) {
            Map<DossierKey, DossierRecord> records = latest(version);
            changed.stream().filter(records::containsKey).forEach(key -> spans.add(DossierSpan.of(records.get(key),
                    eventsOf(version, key), RuleSet.R2025_1.statusBuckets())));
        }
        Set<Period> affected = new HashSet<>(AffectedPeriods.of(spans, today));
        for (Period period : periods()) {
            if (affected.contains(period) || period.from().isAfter(today)) {
                continue;
            }
            for (OrganisationView view : OrganisationView.values()) {
                assertThat(compute(after, period, today, view)).as("%s %s on %s", period, view, today)
                        .isEqualTo(compute(before, period, today, view));
            }
        }
    }

    private static List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (int year = 2024; year <= 2026; year++) {
            periods.add(Period.year(year));
            for (int month = 1; month <= 12; month++) {
                periods.add(Period.month(year, month));
            }
        }
        return periods;
    }

    private static Map<String, PeriodStatistics> compute(History history, Period period, LocalDate today,
                                                         OrganisationView view) {
        return new ReferenceStatistics(RuleSet.R2025_1, CALENDAR, history.catalogue())
                .compute(history.records(), history.events(), period, today, view);
    }

    private static History replaced(History before, History other, Set<DossierKey> changed) {
        List<DossierRecord> records = new ArrayList<>(before.records().stream()
                .filter(r -> !changed.contains(r.key())).toList());
        records.addAll(other.records().stream().filter(r -> changed.contains(r.key())).toList());
        List<DossierEvent> events = new ArrayList<>(before.events().stream()
                .filter(e -> !changed.contains(e.dossierKey())).toList());
        events.addAll(other.events().stream().filter(e -> changed.contains(e.dossierKey())).toList());
        return new History(before.organisations(), before.successions(), records, events);
    }

    /** The version of each dossier that counts (statistics-rules §8). */
    static Map<DossierKey, DossierRecord> latest(History history) {
        Map<DossierKey, DossierRecord> latest = new HashMap<>();
        history.records().forEach(r -> latest.merge(r.key(), r,
                (stored, incoming) -> DossierVersions.replaces(incoming, stored) ? incoming : stored));
        return latest;
    }

    static List<DossierEvent> eventsOf(History history, DossierKey key) {
        return history.events().stream().filter(e -> e.dossierKey().equals(key)).distinct().toList();
    }
}
