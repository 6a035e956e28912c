package org.tthc.domain.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierKey;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;

/**
 * The pure-Java reference implementation of statistics-rules.md §3–§8. The Spark SQL and ClickHouse SQL
 * implementations must give identical numbers on the same records; this class is the definition they are tested
 * against. It favours clarity over speed.
 */
public final class ReferenceStatistics {
    /** Events order by time, then by id: the same tie-break in every engine. */
    private static final Comparator<DossierEvent> EVENT_ORDER =
            Comparator.comparing(DossierEvent::occurredAt).thenComparing(DossierEvent::eventId);

    private final RuleSet ruleSet;
    private final StatusBuckets buckets;
    private final SupplementDueDates dueDates;
    private final OrganisationCatalogue catalogue;

    public ReferenceStatistics(RuleSet ruleSet, WorkingCalendar calendar, OrganisationCatalogue catalogue) {
        this.ruleSet = ruleSet;
        this.buckets = ruleSet.statusBuckets();
        this.dueDates = new SupplementDueDates(calendar);
        this.catalogue = catalogue;
    }

    /** {@link #compute(Iterable, Iterable, Period, LocalDate, OrganisationView)} as reported. */
    public Map<String, PeriodStatistics> compute(Iterable<DossierRecord> records, Iterable<DossierEvent> events,
                                                 Period period, LocalDate today) {
        return compute(records, events, period, today, OrganisationView.AS_REPORTED);
    }

    /**
     * Statistics for every organisation that has a dossier in play, each counting its own dossiers and those of
     * every organisation that rolls up to it in the organisation structure the view shows
     * ({@link OrganisationCatalogue#rollUp(String, OrganisationView, LocalDate, LocalDate)}). Records may hold several
     * versions of a dossier and events may repeat: the newest version counts once (§8), an event counts once per id.
     * A dossier keeps its handling organisation; only where it is counted depends on the view.
     */
    public Map<String, PeriodStatistics> compute(Iterable<DossierRecord> records, Iterable<DossierEvent> events,
                                                 Period period, LocalDate today, OrganisationView view) {
        Map<DossierKey, DossierRecord> latest = latestVersions(records);
        Map<DossierKey, List<DossierEvent>> eventsByDossier = distinctEventsByDossier(events);
        LocalDate attributionDay = view.attributionDay(period.asOfDate(today), today);
        Map<String, List<String>> rollUps = new HashMap<>();
        Map<String, PeriodStatistics> byOrg = new TreeMap<>();
        for (DossierRecord record : latest.values()) {
            List<DossierEvent> history = eventsByDossier.getOrDefault(record.key(), List.of());
            classify(record, history, period, today).ifPresent(outcome -> {
                String handling = record.handlingOrgCode();
                List<String> countsFor = handling == null ? List.of()
                        : rollUps.computeIfAbsent(handling, code -> catalogue.rollUp(code, attributionDay));
                for (String org : countsFor) {
                    PeriodStatistics current = byOrg.computeIfAbsent(org,
                            code -> PeriodStatistics.zero(code, period, ruleSet.id()));
                    byOrg.put(org, outcome.addTo(current));
                }
            });
        }
        return byOrg;
    }

    /** How one dossier counts in the period, or empty when it is not in play. */
    public Optional<DossierOutcome> classify(DossierRecord record, List<DossierEvent> events, Period period,
                                             LocalDate today) {
        LocalDateTime cutoff = period.cutoff(today);
        LocalDate asOf = period.asOfDate(today);
        if (record.originalDossierCode() != null) {
            return Optional.empty(); // an inter-agency copy: counted once, at the original dossier (§6)
        }
        if (record.receivedAt() == null || !record.receivedAt().isBefore(cutoff)) {
            return Optional.empty();
        }
        List<DossierEvent> known = events.stream()
                .filter(e -> e.occurredAt().isBefore(cutoff))
                .sorted(EVENT_ORDER)
                .toList();
        StatusCode statusAsOf = known.isEmpty() ? record.status() : known.get(known.size() - 1).status();
        if (buckets.bucketOf(statusAsOf) == StatusBucket.NOT_RECEIVED) {
            return Optional.empty();
        }

        LocalDateTime end = null;
        StatusCode endStatus = null;
        Optional<DossierEvent> firstSolved = known.stream()
                .filter(e -> buckets.bucketOf(e.status()) == StatusBucket.SOLVED)
                .findFirst();
        if (firstSolved.isPresent()) {
            end = firstSolved.get().occurredAt();
            endStatus = firstSolved.get().status();
        } else if (buckets.bucketOf(record.status()) == StatusBucket.SOLVED
                && record.finishedAt() != null && record.finishedAt().isBefore(cutoff)) {
            end = record.finishedAt();
            endStatus = record.status();
        }

        LocalDate received = record.receivedAt().toLocalDate();
        boolean newReception = !received.isBefore(period.from());
        boolean preExisting = received.isBefore(period.from())
                && (end == null || !end.toLocalDate().isBefore(period.from()));
        if (!newReception && !preExisting) {
            return Optional.empty();
        }
        boolean solved = end != null && !end.toLocalDate().isBefore(period.from());

        List<DueDateChange> changes = dueDates.changes(record);
        LocalDateTime due = dueAsOf(record.dueAt(), changes, cutoff);
        boolean solvedInTime = solved
                && (due == null || buckets.countsOnTime(endStatus) || !end.toLocalDate().isAfter(due.toLocalDate()));
        boolean solvedAhead = solvedInTime && due != null && end.toLocalDate().isBefore(due.toLocalDate());

        boolean pendingLate = false;
        if (!solved && due != null) {
            LocalDateTime openRequest = openSupplementRequest(changes, cutoff);
            pendingLate = openRequest != null
                    // waiting for the applicant: the clock is paused, late only if it was late when paused
                    ? openRequest.toLocalDate().isAfter(due.toLocalDate())
                    // due today is still in time
                    : due.toLocalDate().isBefore(asOf);
        }
        boolean online = newReception && record.effectiveChannel() == Channel.ONLINE;
        return Optional.of(new DossierOutcome(record, preExisting, newReception, online, solved, solvedInTime,
                solvedAhead, pendingLate));
    }

    /** The due date in force at the cutoff: the one left by the last supplement round completed before it. */
    static LocalDateTime dueAsOf(LocalDateTime originalDue, List<DueDateChange> changes, LocalDateTime cutoff) {
        return changes.stream()
                .filter(c -> c.completedAt() != null && c.completedAt().isBefore(cutoff))
                .max(Comparator.comparing(DueDateChange::completedAt).thenComparingInt(DueDateChange::roundNo))
                .map(DueDateChange::dueAfter)
                .orElse(originalDue);
    }

    /** The request time of the latest supplement round still open at the cutoff, or null. */
    static LocalDateTime openSupplementRequest(List<DueDateChange> changes, LocalDateTime cutoff) {
        return changes.stream()
                .filter(c -> c.requestedAt().isBefore(cutoff))
                .filter(c -> c.completedAt() == null || !c.completedAt().isBefore(cutoff))
                .map(DueDateChange::requestedAt)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static Map<DossierKey, DossierRecord> latestVersions(Iterable<DossierRecord> records) {
        Map<DossierKey, DossierRecord> latest = new LinkedHashMap<>();
        for (DossierRecord record : records) {
            latest.merge(record.key(), record,
                    (stored, incoming) -> DossierVersions.replaces(incoming, stored) ? incoming : stored);
        }
        return latest;
    }

    private static Map<DossierKey, List<DossierEvent>> distinctEventsByDossier(Iterable<DossierEvent> events) {
        Map<DossierKey, List<DossierEvent>> byDossier = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (DossierEvent event : events) {
            if (seen.add(event.sourceSystem() + '\u001f' + event.eventId())) {
                byDossier.computeIfAbsent(event.dossierKey(), k -> new ArrayList<>()).add(event);
            }
        }
        return byDossier;
    }
}
