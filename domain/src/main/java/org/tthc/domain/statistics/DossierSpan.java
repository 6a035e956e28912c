package org.tthc.domain.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;

/**
 * The months one version of a dossier can be in play in (statistics-rules §3): from the month it was received to the
 * month of its latest possible end, or to the current month while it may still be open. Outside these months
 * {@link ReferenceStatistics#classify} gives nothing for it, whatever the period's rule says in detail, so a change
 * to the dossier can only change the statistics of periods that meet the months of its old or its new version.
 *
 * @param receivedOn the day it was received; null when it has no receive time (never in play)
 * @param lastEndOn  the latest day its end can be on as of any period: the later of its first SOLVED event and the
 *                   record's finish time when the record says solved; null when neither exists (it may be open)
 */
public record DossierSpan(LocalDate receivedOn, LocalDate lastEndOn) {

    /**
     * The span of {@code record} with its {@code events} under {@code buckets}. {@code classify} takes the end from
     * the first SOLVED event known at the cutoff, else from the record's finish time: for a period starting after
     * both, either is before the period and the dossier is out of play; with neither, it is pending everywhere.
     */
    public static DossierSpan of(DossierRecord record, List<DossierEvent> events, StatusBuckets buckets) {
        LocalDate received = record.receivedAt() == null ? null : record.receivedAt().toLocalDate();
        Optional<LocalDateTime> firstSolvedEvent = events.stream()
                .filter(e -> buckets.bucketOf(e.status()) == StatusBucket.SOLVED)
                .map(DossierEvent::occurredAt)
                .min(LocalDateTime::compareTo);
        LocalDateTime recordEnd = buckets.bucketOf(record.status()) == StatusBucket.SOLVED ? record.finishedAt() : null;
        LocalDateTime lastEnd = latest(firstSolvedEvent.orElse(null), recordEnd);
        return new DossierSpan(received, lastEnd == null ? null : lastEnd.toLocalDate());
    }

    /**
     * The months this version can be in play in, evaluated on {@code today}: none when it has no receive time or was
     * received after today, and never a month after today's (a later period is not computed).
     */
    public List<YearMonth> months(LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        if (receivedOn == null || receivedOn.isAfter(today)) {
            return months;
        }
        YearMonth first = YearMonth.from(receivedOn);
        YearMonth last = lastEndOn == null || lastEndOn.isAfter(today) ? YearMonth.from(today)
                : YearMonth.from(lastEndOn);
        for (YearMonth m = first; !m.isAfter(last) || m.equals(first); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
