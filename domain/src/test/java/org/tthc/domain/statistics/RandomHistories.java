package org.tthc.domain.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.EventIds;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.period.Period;

/**
 * Random dossier histories around 2025 for property tests and for comparing engines with the reference
 * implementation: dossiers at random organisations of a small hierarchy that goes through the reform of 1 July 2025
 * (and at organisations the catalogue does not know), received, due, supplemented and solved at random times biased towards day and period boundaries, with
 * status changes, resent versions, stale versions, repeated events, and record-only dossiers.
 *
 * <p>Deterministic for a given {@link Random} seed: {@code generate(new Random(42), 200)} is the same history on
 * every machine. Histories are realistic in the ways the rules assume: a dossier is never accepted after being
 * registered-only or refused, it is solved after its supplement rounds are completed, and a record's end of
 * processing is not earlier than its first solved event.
 */
public final class RandomHistories {
    public static final String SOURCE = "generated";
    /** Received, due and end times fall in this window (2025 with a margin either side). */
    public static final LocalDate WINDOW_FROM = LocalDate.of(2024, 10, 1);
    public static final LocalDate WINDOW_TO = LocalDate.of(2026, 3, 31);

    public static final String PROVINCE = "000.00.00.H99";
    public static final String DISTRICT = "000.00.01.H99";
    public static final String COMMUNE = "000.01.01.H99";
    public static final String OTHER_COMMUNE = "000.02.01.H99";
    public static final String DEPARTMENT = "000.00.02.H99";
    public static final String MINISTRY = "000.00.00.G14";
    public static final String MINISTRY_UNIT = "000.00.04.G14";
    /** Not in the catalogue: rolls up to {@link #PROVINCE}, then to its successor {@link #CITY}. */
    public static final String UNKNOWN_UNIT = "000.00.12.H99";
    /** Not in the catalogue, of a province the catalogue does not know either. */
    public static final String UNKNOWN_PROVINCE_UNIT = "000.00.07.H98";
    /** From the reform day: the city the province merges into, its department and two communes. */
    public static final String CITY = "000.00.00.H97";
    public static final String CITY_DEPARTMENT = "000.00.02.H97";
    public static final String SEAT_COMMUNE = "000.01.70.H97";
    public static final String NEW_COMMUNE = "000.02.70.H97";
    /** Not in the catalogue: rolls up to {@link #CITY}. */
    public static final String UNKNOWN_CITY_UNIT = "000.00.15.H97";
    public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

    /**
     * A province (a district with two communes, a department) until 30 June 2025, then the city it merges into (a
     * department, two communes); a ministry with a unit throughout. The crosswalk is {@link #REFORM}.
     */
    public static final List<Organisation> ORGANISATIONS = List.of(
            org(PROVINCE, 1, OrganisationKind.PROVINCE, null, null, REFORM_DAY.minusDays(1)),
            org(DISTRICT, 2, OrganisationKind.DISTRICT, PROVINCE, null, REFORM_DAY.minusDays(1)),
            org(COMMUNE, 3, OrganisationKind.COMMUNE, DISTRICT, null, REFORM_DAY.minusDays(1)),
            org(OTHER_COMMUNE, 3, OrganisationKind.COMMUNE, DISTRICT, null, REFORM_DAY.minusDays(1)),
            org(DEPARTMENT, 2, OrganisationKind.DEPARTMENT, PROVINCE, null, REFORM_DAY.minusDays(1)),
            org(MINISTRY, 1, OrganisationKind.MINISTRY, null, null, null),
            org(MINISTRY_UNIT, 2, OrganisationKind.OTHER, MINISTRY, null, null),
            org(CITY, 1, OrganisationKind.PROVINCE, null, REFORM_DAY, null),
            org(CITY_DEPARTMENT, 2, OrganisationKind.DEPARTMENT, CITY, REFORM_DAY, null),
            org(SEAT_COMMUNE, 3, OrganisationKind.COMMUNE, CITY, REFORM_DAY, null),
            org(NEW_COMMUNE, 3, OrganisationKind.COMMUNE, CITY, REFORM_DAY, null));

    /**
     * The province, its department and first commune merge; the district and the other commune split between the
     * two new communes (primary: the seat commune for the district, the new commune for the other commune). Every
     * unit stays within its province's successor, which is what lets restated level-1 totals add up (see the
     * properties).
     */
    public static final List<OrganisationSuccession> REFORM = List.of(
            OrganisationSuccession.merge(PROVINCE, CITY, REFORM_DAY),
            OrganisationSuccession.merge(DEPARTMENT, CITY_DEPARTMENT, REFORM_DAY),
            OrganisationSuccession.merge(COMMUNE, SEAT_COMMUNE, REFORM_DAY),
            OrganisationSuccession.split(DISTRICT, NEW_COMMUNE, REFORM_DAY, false),
            OrganisationSuccession.split(DISTRICT, SEAT_COMMUNE, REFORM_DAY, true),
            OrganisationSuccession.split(OTHER_COMMUNE, SEAT_COMMUNE, REFORM_DAY, false),
            OrganisationSuccession.split(OTHER_COMMUNE, NEW_COMMUNE, REFORM_DAY, true));

    /**
     * Where generated dossiers are handled: every catalogue organisation and three unknown ones. A dossier goes to
     * one of those in effect on its receive day (unknown ones always are), one in ten to any of them.
     */
    public static final List<String> HANDLING_ORGS = List.of(PROVINCE, DISTRICT, COMMUNE, OTHER_COMMUNE, DEPARTMENT,
            MINISTRY, MINISTRY_UNIT, UNKNOWN_UNIT, UNKNOWN_PROVINCE_UNIT, CITY, CITY_DEPARTMENT, SEAT_COMMUNE,
            NEW_COMMUNE, UNKNOWN_CITY_UNIT);

    private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    /** Times of day near the rules' boundaries, drawn more often than uniform times. */
    private static final List<LocalTime> BOUNDARY_TIMES = List.of(LocalTime.MIDNIGHT, LocalTime.of(0, 1),
            LocalTime.of(8, 0), LocalTime.of(16, 59), LocalTime.of(17, 0), LocalTime.of(17, 1),
            LocalTime.of(23, 59, 59, 999_000_000));

    private RandomHistories() {
    }

    /** A history as the sources sent it: records (with repeats and stale versions) and events (with repeats). */
    public record History(List<Organisation> organisations, List<OrganisationSuccession> successions,
                          List<DossierRecord> records, List<DossierEvent> events) {
        public History {
            organisations = List.copyOf(organisations);
            successions = List.copyOf(successions);
            records = List.copyOf(records);
            events = List.copyOf(events);
        }

        public OrganisationCatalogue catalogue() {
            return new OrganisationCatalogue(organisations, successions);
        }

        /** The same history arriving in another order. */
        public History shuffled(Random random) {
            List<DossierRecord> r = new ArrayList<>(records);
            List<DossierEvent> e = new ArrayList<>(events);
            Collections.shuffle(r, random);
            Collections.shuffle(e, random);
            return new History(organisations, successions, r, e);
        }

        /** The same history sent twice. */
        public History resent() {
            List<DossierRecord> r = new ArrayList<>(records);
            List<DossierEvent> e = new ArrayList<>(events);
            r.addAll(records);
            e.addAll(events);
            return new History(organisations, successions, r, e);
        }

        @Override
        public String toString() {
            return "History[" + records.size() + " records, " + events.size() + " events]";
        }
    }

    /** Histories of 0 to 40 dossiers. */
    public static Arbitrary<History> histories() {
        return Arbitraries.integers().between(0, 40)
                .flatMap(n -> Arbitraries.randomValue(random -> generate(random, n)));
    }

    /** Periods of 2025: its months, quarters, the year, and a 15th-to-14th custom period. */
    public static Arbitrary<Period> periodsOf2025() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 12).map(m -> Period.month(2025, m)),
                Arbitraries.integers().between(1, 4).map(q -> Period.quarter(2025, q)),
                Arbitraries.just(Period.year(2025)),
                Arbitraries.integers().between(2, 12).map(m -> Period.custom(
                        LocalDate.of(2025, m - 1, 15), LocalDate.of(2025, m, 14))));
    }

    /** A history of {@code dossiers} dossiers drawn from {@code random}. */
    public static History generate(Random random, int dossiers) {
        List<DossierRecord> records = new ArrayList<>();
        List<DossierEvent> events = new ArrayList<>();
        for (int i = 1; i <= dossiers; i++) {
            new DossierHistory(random, i).addTo(records, events);
        }
        return new History(ORGANISATIONS, REFORM, records, events);
    }

    /** One generated dossier: its lifecycle as events, and the record versions the source sent. */
    private static final class DossierHistory {
        private final Random random;
        private final String org;
        private final LocalDateTime receivedAt;
        private final String code;
        private final List<DossierEvent> events = new ArrayList<>();
        private final List<SupplementRound> rounds = new ArrayList<>();
        private StatusCode status = StatusCode.ACCEPTED;
        private LocalDateTime firstSolvedAt;
        private LocalDateTime finishedAt;

        DossierHistory(Random random, int sequence) {
            this.random = random;
            this.receivedAt = randomTimeOn(WINDOW_FROM.plusDays(random.nextInt(
                    (int) ChronoUnit.DAYS.between(WINDOW_FROM, WINDOW_TO) + 1)));
            List<String> candidates = random.nextInt(10) == 0 ? HANDLING_ORGS : HANDLING_ORGS.stream()
                    .filter(code -> ORGANISATIONS.stream().noneMatch(o -> o.code().equals(code))
                            || ORGANISATIONS.stream().anyMatch(o -> o.code().equals(code)
                                    && o.isValidOn(receivedAt.toLocalDate())))
                    .toList();
            this.org = candidates.get(random.nextInt(candidates.size()));
            this.code = org + "-" + CODE_DATE.format(receivedAt) + "-" + String.format("%04d", sequence);
        }

        void addTo(List<DossierRecord> records, List<DossierEvent> allEvents) {
            double kind = random.nextDouble();
            LocalDateTime received = receivedAt;
            LocalDateTime due = randomDue();
            if (kind < 0.04) {
                step(receivedAt, StatusCode.REGISTERED);
            } else if (kind < 0.08) {
                step(receivedAt, StatusCode.REGISTERED);
                step(receivedAt.plusHours(random.nextInt(30)), StatusCode.REFUSED_AT_INTAKE);
            } else {
                if (kind < 0.10) {
                    received = null; // a source that did not say when it received the dossier
                }
                live();
            }
            String original = random.nextDouble() < 0.05 ? "ORIGINAL-" + code : null;
            Channel channel = random.nextInt(5) == 0 ? null : Channel.values()[random.nextInt(3)];
            LocalDateTime lastChange = events.get(events.size() - 1).occurredAt();
            LocalDateTime updatedAt = random.nextDouble() < 0.2 ? null : lastChange.plusMinutes(1);
            DossierRecord latest = record(channel, received, due, status, finishedAt, rounds, original, updatedAt);

            if (updatedAt != null && random.nextDouble() < 0.15) {
                // A stale version arriving late: as the dossier was at intake, sent before the latest one.
                records.add(record(channel, received, due, StatusCode.ACCEPTED, null, List.of(), original,
                        updatedAt.minusMinutes(1 + random.nextInt(60 * 24 * 20))));
            }
            records.add(latest);
            if (random.nextDouble() < 0.1) {
                records.add(latest);
            }
            if (random.nextDouble() >= 0.3) { // 30 % of the sources send no progress events
                for (DossierEvent e : events) {
                    allEvents.add(e);
                    if (random.nextDouble() < 0.1) {
                        allEvents.add(e);
                    }
                }
            }
        }

        /** Accepted, maybe supplemented, maybe solved (then maybe returned or re-opened), maybe stopped. */
        private void live() {
            LocalDateTime t = receivedAt;
            step(t, StatusCode.ACCEPTED);
            if (random.nextBoolean()) {
                t = later(t, 3);
                step(t, StatusCode.PROCESSING);
            }
            int roundCount = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2);
            boolean waiting = false;
            for (int r = 0; r < roundCount; r++) {
                LocalDateTime requested = later(t, 10);
                step(requested, StatusCode.SUPPLEMENT_REQUESTED);
                if (r == roundCount - 1 && random.nextDouble() < 0.3) {
                    rounds.add(new SupplementRound(requested, null, null, null));
                    waiting = true;
                    t = requested;
                } else {
                    LocalDateTime completed = later(requested, 8);
                    LocalDateTime newDue = random.nextBoolean() ? null
                            : CALENDAR.addWorkingDays(completed.toLocalDate(), random.nextInt(10)).atTime(17, 0);
                    rounds.add(new SupplementRound(requested, completed, null, newDue));
                    step(completed, StatusCode.PROCESSING);
                    t = completed;
                }
            }
            double outcome = random.nextDouble();
            if (waiting) {
                if (outcome < 0.15) {
                    solve(later(t, 20), StatusCode.WITHDRAWN);
                }
            } else if (outcome < 0.55) {
                double which = random.nextDouble();
                StatusCode end = which < 0.6 ? StatusCode.FINISHED
                        : which < 0.85 ? StatusCode.RESULT_RETURNED : StatusCode.WITHDRAWN;
                solve(later(t, 25), end);
                if (end == StatusCode.FINISHED && random.nextBoolean()) {
                    LocalDateTime returned = later(firstSolvedAt, 5);
                    step(returned, StatusCode.RESULT_RETURNED);
                    if (random.nextBoolean()) {
                        finishedAt = returned; // a source reporting the return as the end: not earlier than the event
                    }
                }
                if (random.nextDouble() < 0.05) {
                    step(later(events.get(events.size() - 1).occurredAt(), 5), StatusCode.PROCESSING); // re-opened
                }
            } else if (outcome < 0.75) {
                StatusCode state = List.of(StatusCode.PROCESSING, StatusCode.FINANCIAL_OBLIGATION_REQUESTED,
                        StatusCode.STOPPED).get(random.nextInt(3));
                LocalDateTime at = later(t, 20);
                step(at, state);
                if (state == StatusCode.STOPPED && random.nextBoolean()) {
                    finishedAt = at; // some sources fill the end field when processing stops: ignored
                }
            }
        }

        private void solve(LocalDateTime at, StatusCode end) {
            step(at, end);
            firstSolvedAt = at;
            finishedAt = at;
        }

        private void step(LocalDateTime at, StatusCode newStatus) {
            String id = EventIds.of(SOURCE, code, at, newStatus, "handler", org, null);
            events.add(new DossierEvent(SOURCE, code, id, at, newStatus, "handler", null, org, null, at, null));
            status = newStatus;
        }

        private LocalDateTime randomDue() {
            if (random.nextInt(10) == 0) {
                return null;
            }
            return randomTimeOn(CALENDAR.addWorkingDays(receivedAt.toLocalDate(), random.nextInt(16)));
        }

        /** A time 0 to {@code maxDays} days after {@code t}, never before it. */
        private LocalDateTime later(LocalDateTime t, int maxDays) {
            LocalDateTime candidate = randomTimeOn(t.toLocalDate().plusDays(random.nextInt(maxDays + 1)));
            return candidate.isBefore(t) ? t : candidate;
        }

        private LocalDateTime randomTimeOn(LocalDate day) {
            if (random.nextBoolean()) {
                return day.atTime(BOUNDARY_TIMES.get(random.nextInt(BOUNDARY_TIMES.size())));
            }
            return day.atTime(7 + random.nextInt(11), random.nextInt(60));
        }

        private DossierRecord record(Channel channel, LocalDateTime received, LocalDateTime due, StatusCode s,
                                     LocalDateTime finished, List<SupplementRound> supplements, String original,
                                     LocalDateTime updatedAt) {
            return new DossierRecord(SOURCE, code, "1.000001", "Thủ tục thử nghiệm", "S01", "Lĩnh vực thử nghiệm",
                    channel, ApplicantType.CITIZEN, null, org, null, received, due, s, finished, null, supplements,
                    original, updatedAt);
        }
    }

    private static Organisation org(String code, int level, OrganisationKind kind, String parent, LocalDate from,
                                    LocalDate to) {
        return new Organisation(code, kind + " " + code, level, kind, parent, from, to);
    }
}
