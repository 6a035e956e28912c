package org.tthc.domain.statistics;

import static org.tthc.domain.statistics.DossierDsl.apology;
import static org.tthc.domain.statistics.DossierDsl.dossier;
import static org.tthc.domain.statistics.DossierDsl.event;
import static org.tthc.domain.statistics.HandComputedCase.Counts.counts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.tthc.domain.dossier.Channel;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.organisation.OrganisationView;

/**
 * Cases of statistics-rules.md §3–§8 computed by hand, for the reference implementation and for every engine
 * (the Spark and ClickHouse tests run the same list). Each case pins one rule with dossiers on both sides of it, so
 * an implementation that reads the rule differently gets a different number; the comment above each expectation
 * shows the arithmetic.
 *
 * <p>Unless a case says otherwise: period October 2025 (Wed 1 – Fri 31), evaluated on 1 December 2025 (a finished
 * period, asOf = 31 October), every dossier handled by the province {@link #PROVINCE} alone, accepted in person.
 */
public final class HandComputedCases {
    public static final String PROVINCE = "000.00.00.H99";
    public static final String DISTRICT = "000.00.01.H99";
    public static final String COMMUNE = "000.01.01.H99";
    public static final String DEPARTMENT = "000.00.02.H99";
    public static final String OTHER_DEPARTMENT = "000.00.03.H99";
    /** Not in any catalogue: its code names {@link #PROVINCE} as its level-1 organisation. */
    public static final String UNKNOWN_UNIT = "000.00.12.H99";

    /** A catalogue of one level-1 organisation. */
    public static final List<Organisation> PROVINCE_ONLY = List.of(province());

    /** Province ← district ← commune; province ← two departments. */
    public static final List<Organisation> HIERARCHY = List.of(
            province(),
            new Organisation(DISTRICT, "UBND huyện Thử", 2, OrganisationKind.DISTRICT, PROVINCE, null, null),
            new Organisation(COMMUNE, "UBND xã Thử", 3, OrganisationKind.COMMUNE, DISTRICT, null, null),
            new Organisation(DEPARTMENT, "Sở Tư pháp", 2, OrganisationKind.DEPARTMENT, PROVINCE, null, null),
            new Organisation(OTHER_DEPARTMENT, "Sở Y tế", 2, OrganisationKind.DEPARTMENT, PROVINCE, null, null));

    /** The reform of 1 July 2025 in small ({@link #REFORMED}): the city the province merges into, a new level-1 code. */
    public static final String CITY = "000.00.00.H97";
    /** A neighbouring province that merges into {@link #CITY} too. */
    public static final String NEIGHBOUR_PROVINCE = "000.00.00.H98";
    /** Not in any catalogue: its code names {@link #NEIGHBOUR_PROVINCE}. */
    public static final String NEIGHBOUR_UNKNOWN_UNIT = "000.00.09.H98";
    public static final String OTHER_COMMUNE = "000.02.01.H99";
    public static final String SECOND_DISTRICT = "000.00.04.H99";
    public static final String CITY_DEPARTMENT = "000.00.02.H97";
    /** The new commune at the former district seat: the district's primary successor. */
    public static final String SEAT_COMMUNE = "000.01.70.H97";
    public static final String NEW_COMMUNE = "000.02.70.H97";
    public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST_DAY_BEFORE = REFORM_DAY.minusDays(1);

    /**
     * Until 30 June 2025: the province ← district ← two communes, the province ← a department, and the neighbouring
     * province. From 1 July: the city ← its department and two communes. The provinces merge into the city and the
     * department into the city's; the district splits between the new communes (the seat commune primary, listed
     * second); the first commune merges into the seat commune; the other commune splits between the two (the new
     * commune primary, listed second).
     */
    public static final List<Organisation> REFORMED = List.of(
            new Organisation(PROVINCE, "UBND tỉnh Thử", 1, OrganisationKind.PROVINCE, null, null, LAST_DAY_BEFORE),
            new Organisation(NEIGHBOUR_PROVINCE, "UBND tỉnh Láng Giềng", 1, OrganisationKind.PROVINCE, null, null,
                    LAST_DAY_BEFORE),
            new Organisation(DISTRICT, "UBND huyện Thử", 2, OrganisationKind.DISTRICT, PROVINCE, null, LAST_DAY_BEFORE),
            new Organisation(COMMUNE, "UBND xã Thử", 3, OrganisationKind.COMMUNE, DISTRICT, null, LAST_DAY_BEFORE),
            new Organisation(OTHER_COMMUNE, "UBND xã Khác", 3, OrganisationKind.COMMUNE, DISTRICT, null,
                    LAST_DAY_BEFORE),
            new Organisation(DEPARTMENT, "Sở Tư pháp", 2, OrganisationKind.DEPARTMENT, PROVINCE, null, LAST_DAY_BEFORE),
            new Organisation(CITY, "UBND thành phố Thử", 1, OrganisationKind.PROVINCE, null, REFORM_DAY, null),
            new Organisation(CITY_DEPARTMENT, "Sở Tư pháp thành phố", 2, OrganisationKind.DEPARTMENT, CITY, REFORM_DAY,
                    null),
            new Organisation(SEAT_COMMUNE, "UBND phường Trung Tâm", 3, OrganisationKind.COMMUNE, CITY, REFORM_DAY, null),
            new Organisation(NEW_COMMUNE, "UBND xã Mới", 3, OrganisationKind.COMMUNE, CITY, REFORM_DAY, null));

    public static final List<OrganisationSuccession> REFORM = List.of(
            OrganisationSuccession.merge(PROVINCE, CITY, REFORM_DAY),
            OrganisationSuccession.merge(NEIGHBOUR_PROVINCE, CITY, REFORM_DAY),
            OrganisationSuccession.merge(DEPARTMENT, CITY_DEPARTMENT, REFORM_DAY),
            OrganisationSuccession.split(DISTRICT, NEW_COMMUNE, REFORM_DAY, false),
            OrganisationSuccession.split(DISTRICT, SEAT_COMMUNE, REFORM_DAY, true),
            OrganisationSuccession.merge(COMMUNE, SEAT_COMMUNE, REFORM_DAY),
            OrganisationSuccession.split(OTHER_COMMUNE, SEAT_COMMUNE, REFORM_DAY, false),
            OrganisationSuccession.split(OTHER_COMMUNE, NEW_COMMUNE, REFORM_DAY, true));

    /** Province ← district ← commune, whose version from 1 October 2025 moves it under a second district. */
    public static final List<Organisation> COMMUNE_MOVES = List.of(
            province(),
            new Organisation(DISTRICT, "UBND huyện Thử", 2, OrganisationKind.DISTRICT, PROVINCE, null, null),
            new Organisation(SECOND_DISTRICT, "UBND huyện Hai", 2, OrganisationKind.DISTRICT, PROVINCE, null, null),
            new Organisation(COMMUNE, "UBND xã Thử", 3, OrganisationKind.COMMUNE, DISTRICT, null,
                    LocalDate.of(2025, 9, 30)),
            new Organisation(COMMUNE, "UBND xã Thử", 3, OrganisationKind.COMMUNE, SECOND_DISTRICT,
                    LocalDate.of(2025, 10, 1), null));

    /** The name of the year case whose months {@link #yearHistoryMonths()} are also cases. */
    public static final String YEAR_CASE = "yearStocksAreJanuarysAndDecembersAndFlowsAddUp";

    private HandComputedCases() {
    }

    /** A percentage computed by hand (statistics-rules §5): {@code percent} of part/whole and its complement. */
    public record PercentageCase(long part, long whole, BigDecimal percent, BigDecimal complement) {
        @Override
        public String toString() {
            return part + "/" + whole + " = " + percent + " and " + complement;
        }
    }

    /** Half-up at the second decimal ({@code .x5} goes up), zero denominators give 0 and 0, pairs sum to 100. */
    public static List<PercentageCase> percentages() {
        return List.of(
                percentage(1, 8, "12.5", "87.5"),
                percentage(2, 3, "66.7", "33.3"),
                percentage(1, 3, "33.3", "66.7"),
                percentage(1, 6, "16.7", "83.3"),
                percentage(1, 16, "6.3", "93.7"),   // 6.25 half-up; half-even would give 6.2
                percentage(1, 80, "1.3", "98.7"),   // 1.25 half-up
                percentage(3, 16, "18.8", "81.2"),  // 18.75
                percentage(7, 40, "17.5", "82.5"),
                percentage(0, 5, "0.0", "100.0"),
                percentage(5, 5, "100.0", "0.0"),
                percentage(0, 0, "0.0", "0.0"));
    }

    private static PercentageCase percentage(long part, long whole, String percent, String complement) {
        return new PercentageCase(part, whole, new BigDecimal(percent), new BigDecimal(complement));
    }

    public static HandComputedCase byName(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no hand-computed case " + name));
    }

    /** Every case; names are unique. */
    public static List<HandComputedCase> all() {
        List<HandComputedCase> cases = new ArrayList<>();
        cases.addAll(population());
        cases.addAll(solvedMeasures());
        cases.addAll(dueDates());
        cases.addAll(duplicatesAndOrder());
        cases.addAll(organisations());
        cases.addAll(reform());
        cases.addAll(periods());
        return List.copyOf(cases);
    }

    // §3 population: who is in play, PreExtisting, NewReception, evaluation as of the period's end.
    private static List<HandComputedCase> population() {
        return List.of(
                HandComputedCase.named("newlyRegisteredDossierIsNotCounted")
                        .rule("§2/§3 status 1 (newly registered) is not received, even with a receive time")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-03 09:00").due("2025-10-10 17:00").status(1),
                                dossier("H99-2").receivedAt("2025-10-03 10:00").due("2025-11-14 17:00").status(2))
                        // H99-1 not received; H99-2 new, pending, due 14/11 ≥ 31/10 → in time.
                        .expect(counts(PROVINCE).total(1).newReception(1).totalPending(1))
                        .build(),

                HandComputedCase.named("dossierRefusedAtIntakeIsNotCounted")
                        .rule("§2/§3 status 3 (refused at intake) is not received")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-02 08:00").due("2025-10-09 17:00").status(3),
                                dossier("H99-2").receivedAt("2025-10-02 09:00").due("2025-10-06 17:00").status(4))
                        .events(
                                event("H99-1", "2025-10-02 08:00", 1),
                                event("H99-1", "2025-10-02 10:00", 3),
                                event("H99-2", "2025-10-02 09:00", 2),
                                event("H99-2", "2025-10-03 08:00", 4))
                        // H99-1 refused; H99-2 new, pending, due 06/10 < asOf 31/10 → late.
                        .expect(counts(PROVINCE).total(1).newReception(1).totalPending(1).pendingLate(1))
                        .build(),

                HandComputedCase.named("dossierReceivedAndSolvedBeforePeriodIsNotInPlay")
                        .rule("§3 in play: received before from and not solved before from; first solved status is the end")
                        .records(
                                dossier("H99-1").receivedAt("2025-09-10 09:00").due("2025-09-24 17:00")
                                        .status(10).finishedAt("2025-09-25 10:00"),
                                // The source reports the return time as end; the finish event before `from` decides.
                                dossier("H99-2").receivedAt("2025-09-15 09:00").due("2025-10-02 17:00")
                                        .status(10).finishedAt("2025-10-01 08:00"),
                                dossier("H99-3").receivedAt("2025-09-29 14:00").due("2025-10-03 17:00")
                                        .status(9).finishedAt("2025-10-01 00:00"))
                        .events(
                                event("H99-2", "2025-09-15 09:00", 2),
                                event("H99-2", "2025-09-30 23:59", 9),
                                event("H99-2", "2025-10-01 08:00", 10))
                        // H99-1 ended 25/09, H99-2 ended 30/09 23:59: both before 01/10, not in play.
                        // H99-3 ended 01/10 00:00 (on `from`): pre-existing and solved, 01/10 < due 03/10 → ahead.
                        .expect(counts(PROVINCE).total(1).preExisting(1)
                                .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1))
                        .build(),

                HandComputedCase.named("dossierPendingAtPeriodStartIsCarriedOver")
                        .rule("§3 PreExtisting = received before from and end null or on/after from")
                        .records(
                                dossier("H99-1").receivedAt("2025-08-20 09:00").due("2025-11-20 17:00").status(4),
                                dossier("H99-2").receivedAt("2025-09-22 09:00").due("2025-09-30 17:00")
                                        .status(10).finishedAt("2025-10-15 10:00"),
                                dossier("H99-3").receivedAt("2025-09-30 23:59").due("2025-10-07 17:00").status(4),
                                dossier("H99-4").receivedAt("2025-10-01 00:00").due("2025-10-31 17:00").status(2))
                        // pre: H99-1, H99-2, H99-3 = 3; new: H99-4 (received at 00:00 on `from`) = 1; total 4.
                        // solved: H99-2 on 15/10 > due 30/09 → late.
                        // pending: H99-1 (due 20/11), H99-3 (due 07/10 < 31/10 → late), H99-4 (due 31/10 = asOf) → 3, 1 late.
                        .expect(counts(PROVINCE).total(4).preExisting(3).newReception(1)
                                .totalSolved(1).solvedLate(1).totalPending(3).pendingLate(1))
                        .build(),

                HandComputedCase.named("dossierSolvedAfterPeriodEndCountsAsPending")
                        .rule("§1 evaluate as of `to` 23:59:59.999: events and records after it are ignored")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-10 09:00").due("2025-10-20 17:00")
                                        .status(10).finishedAt("2025-11-03 10:00"),
                                dossier("H99-2").receivedAt("2025-10-20 09:00").due("2025-11-05 17:00")
                                        .status(9).finishedAt("2025-11-01 00:00"),
                                dossier("H99-3").receivedAt("2025-10-28 09:00").due("2025-11-04 17:00")
                                        .status(9).finishedAt("2025-10-31 23:59:59.999"),
                                dossier("H99-4").receivedAt("2025-11-02 08:00").due("2025-11-10 17:00")
                                        .status(10).finishedAt("2025-11-02 09:00"),
                                dossier("H99-5").receivedAt("2025-11-01 00:00").due("2025-11-10 17:00").status(2))
                        .events(
                                event("H99-1", "2025-10-10 09:00", 2),
                                event("H99-1", "2025-11-03 10:00", 9),
                                event("H99-2", "2025-10-20 09:00", 2),
                                event("H99-2", "2025-11-01 00:00", 9),
                                event("H99-3", "2025-10-28 09:00", 2),
                                event("H99-3", "2025-10-31 23:59:59.999", 9))
                        // H99-1 solved 03/11: pending as of 31/10, due 20/10 < 31/10 → late.
                        // H99-2 solved at 01/11 00:00, the first instant after the period: pending, due 05/11 → in time.
                        // H99-3 solved at 31/10 23:59:59.999: solved, 31/10 < due 04/11 → ahead.
                        // H99-4 and H99-5 (received 01/11 00:00) are received after the period: not in play.
                        .expect(counts(PROVINCE).total(3).newReception(3)
                                .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1)
                                .totalPending(2).pendingLate(1))
                        .build(),

                HandComputedCase.named("dossierDueTodayIsStillPendingInTime")
                        .rule("§3 PendingLate = date(due) < asOf: due on asOf is in time; no due date is never late")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-20 09:00").due("2025-10-31 08:00").status(4),
                                dossier("H99-2").receivedAt("2025-10-20 09:00").due("2025-10-30 17:00").status(4),
                                dossier("H99-3").receivedAt("2025-10-02 09:00").status(4))
                        // H99-1 due 31/10 08:00 = asOf (the hour does not matter) → in time;
                        // H99-2 due 30/10 < 31/10 → late; H99-3 has no due date → in time.
                        .expect(counts(PROVINCE).total(3).newReception(3).totalPending(3).pendingLate(1))
                        .build(),

                HandComputedCase.named("currentPeriodCountsPendingLateAgainstToday")
                        .rule("§1 the current, unfinished period is evaluated as of min(to, today)")
                        .today("2025-10-15")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-14 17:00").status(4),
                                dossier("H99-2").receivedAt("2025-10-02 09:00").due("2025-10-15 17:00").status(4),
                                dossier("H99-3").receivedAt("2025-10-03 09:00").due("2025-10-20 17:00").status(4),
                                dossier("H99-4").receivedAt("2025-10-06 09:00").due("2025-10-13 17:00")
                                        .status(9).finishedAt("2025-10-15 11:00"))
                        // asOf = 15/10. H99-1 due 14/10 < 15/10 → late; H99-2 due today → in time;
                        // H99-3 due 20/10 → in time (it would be late against 31/10);
                        // H99-4 solved today 15/10 > due 13/10 → solved late.
                        .expect(counts(PROVINCE).total(4).newReception(4).totalSolved(1).solvedLate(1)
                                .totalPending(3).pendingLate(1))
                        .build(),

                HandComputedCase.named("customPeriodIsEvaluatedOnItsOwnBounds")
                        .rule("§1 a custom period [15/09, 14/10] (periodic government report) is inclusive on both ends")
                        .period("2025-09-15..2025-10-14")
                        .records(
                                dossier("H99-1").receivedAt("2025-09-14 23:00").due("2025-10-20 17:00").status(4),
                                dossier("H99-2").receivedAt("2025-10-14 16:00").due("2025-10-21 17:00").status(2),
                                dossier("H99-3").receivedAt("2025-10-15 08:00").due("2025-10-22 17:00").status(2),
                                dossier("H99-4").receivedAt("2025-09-20 09:00").due("2025-10-10 17:00").status(4))
                        // asOf = 14/10. pre: H99-1 (received 14/09). new: H99-2 (on `to`), H99-4. H99-3 is after.
                        // pending 3: H99-1 due 20/10, H99-2 due 21/10 in time; H99-4 due 10/10 < 14/10 → late.
                        .expect(counts(PROVINCE).total(3).preExisting(1).newReception(2)
                                .totalPending(3).pendingLate(1))
                        .build(),

                HandComputedCase.named("onlineReceptionsAreSplitFromNewReceptions")
                        .rule("report-form split: NewReception received online; a missing channel counts in person")
                        .records(
                                dossier("H99-1").online().receivedAt("2025-10-02 09:00").due("2025-11-20 17:00").status(4),
                                dossier("H99-2").online().receivedAt("2025-09-25 09:00").due("2025-11-20 17:00").status(4),
                                dossier("H99-3").channel(Channel.POSTAL).receivedAt("2025-10-03 09:00")
                                        .due("2025-11-20 17:00").status(4),
                                dossier("H99-4").channel(null).receivedAt("2025-10-04 09:00")
                                        .due("2025-11-20 17:00").status(4),
                                dossier("H99-5").online().receivedAt("2025-10-05 09:00").due("2025-10-10 17:00")
                                        .status(10).finishedAt("2025-10-06 10:00"))
                        // pre: H99-2 (online, but not a new reception). new: H99-1, H99-3, H99-4, H99-5 = 4,
                        // of which online H99-1, H99-5 = 2. solved: H99-5 06/10 < 10/10 → ahead. pending 4, none late.
                        .expect(counts(PROVINCE).total(5).preExisting(1).newReception(4).newReceptionOnline(2)
                                .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1).totalPending(4))
                        .build());
    }

    // §3 solved measures: end, SolvedInTime on dates, ahead-of-time split, withdrawal, stopped.
    private static List<HandComputedCase> solvedMeasures() {
        return List.of(
                HandComputedCase.named("dossierSolvedOnDueDateIsInTimeWhateverTheHour")
                        .rule("§3 SolvedInTime compares local dates: date(end) ≤ date(due)")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(9).finishedAt("2025-10-10 16:59"),
                                dossier("H99-2").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(9).finishedAt("2025-10-10 17:01"),
                                dossier("H99-3").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(9).finishedAt("2025-10-11 00:01"))
                        .events(
                                event("H99-2", "2025-10-01 09:00", 2),
                                event("H99-2", "2025-10-10 17:01", 9))
                        // H99-1 (16:59) and H99-2 (17:01, after the due hour) end on the due date → in time,
                        // not ahead. H99-3 ends 11/10 00:01, the day after → late.
                        .expect(counts(PROVINCE).total(3).newReception(3)
                                .totalSolved(3).solvedInTime(2).solvedLate(1))
                        .build(),

                HandComputedCase.named("solvedInTimeSplitsIntoAheadOfTimeAndOnTheDueDate")
                        .rule("§3 ahead of time = date(end) < date(due); on the due date = the rest (incl. no due date)")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(10).finishedAt("2025-10-09 18:00"),
                                dossier("H99-2").receivedAt("2025-10-01 09:00").due("2025-10-10 08:00")
                                        .status(10).finishedAt("2025-10-10 16:00"),
                                dossier("H99-3").receivedAt("2025-10-01 09:00")
                                        .status(10).finishedAt("2025-10-20 10:00"),
                                dossier("H99-4").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(10).finishedAt("2025-10-13 09:00"))
                        // H99-1 09/10 < 10/10 → ahead; H99-2 on the due date (after the due hour) → in time;
                        // H99-3 no due date → in time, not ahead; H99-4 13/10 > 10/10 → late.
                        .expect(counts(PROVINCE).total(4).newReception(4)
                                .totalSolved(4).solvedInTime(3).solvedAheadOfTime(1).solvedLate(1))
                        .build(),

                HandComputedCase.named("withdrawnDossierCountsSolvedInTimeEvenAfterDue")
                        .rule("§2 status 7 (withdrawn) is solved and counted on time")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(7).finishedAt("2025-10-20 09:00"),
                                dossier("H99-2").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(7).finishedAt("2025-10-05 09:00"),
                                dossier("H99-3").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(7).finishedAt("2025-11-02 09:00"))
                        .events(
                                event("H99-1", "2025-10-01 09:00", 2),
                                event("H99-1", "2025-10-20 09:00", 7),
                                event("H99-3", "2025-10-01 09:00", 2),
                                event("H99-3", "2025-10-03 09:00", 4),
                                event("H99-3", "2025-11-02 09:00", 7))
                        // H99-1 withdrawn 20/10, after due 10/10 → still in time, not ahead (20/10 ≥ 10/10).
                        // H99-2 withdrawn 05/10 < 10/10 → in time and ahead.
                        // H99-3 withdrawn after the period → pending, due 10/10 < 31/10 → late.
                        .expect(counts(PROVINCE).total(3).newReception(3)
                                .totalSolved(2).solvedInTime(2).solvedAheadOfTime(1)
                                .totalPending(1).pendingLate(1))
                        .build(),

                HandComputedCase.named("firstSolvedStatusGivesTheEnd")
                        .rule("§3 end = first entry into a solved status (9 then 10: time of 9; 10 then re-opened: still solved)")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(10).finishedAt("2025-10-14 09:00"),
                                dossier("H99-2").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00").status(4))
                        .events(
                                event("H99-1", "2025-10-01 09:00", 2),
                                event("H99-1", "2025-10-10 15:00", 9),
                                event("H99-1", "2025-10-14 09:00", 10),
                                event("H99-2", "2025-10-01 09:00", 2),
                                event("H99-2", "2025-10-08 10:00", 10),
                                event("H99-2", "2025-10-12 08:00", 4))
                        // H99-1 end = 10/10 15:00 (status 9), not the return on 14/10 → in time on the due date.
                        // H99-2 returned 08/10, re-opened 12/10: end = 08/10 → solved, ahead.
                        .expect(counts(PROVINCE).total(2).newReception(2)
                                .totalSolved(2).solvedInTime(2).solvedAheadOfTime(1))
                        .build(),

                HandComputedCase.named("recordEndOfProcessingIsUsedWhenNoEventSaysOtherwise")
                        .rule("§3 NgayKetThucXuLy gives the end of a solved record without a solved event")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(10).finishedAt("2025-10-12 10:00"),
                                dossier("H99-2").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(9).finishedAt("2025-10-05 10:00"),
                                dossier("H99-3").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(10).finishedAt("2025-10-15 10:00"),
                                dossier("H99-4").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(4).finishedAt("2025-10-05 10:00"))
                        .events(
                                event("H99-3", "2025-10-01 09:00", 2),
                                event("H99-3", "2025-10-08 10:00", 9))
                        // H99-1 no events: end 12/10 > 10/10 → late. H99-2 no events: end 05/10 → ahead.
                        // H99-3 the finish event (08/10) says otherwise than the record (15/10) → ahead.
                        // H99-4 is not in a solved status: its end field is ignored → pending, late.
                        .expect(counts(PROVINCE).total(4).newReception(4)
                                .totalSolved(3).solvedInTime(2).solvedAheadOfTime(2).solvedLate(1)
                                .totalPending(1).pendingLate(1))
                        .build(),

                HandComputedCase.named("stoppedDossierStaysPending")
                        .rule("§2 status 8 (processing stopped) is processing, not solved")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(8).finishedAt("2025-10-05 10:00"),
                                dossier("H99-2").receivedAt("2025-10-01 09:00").due("2025-11-10 17:00").status(8))
                        .events(
                                event("H99-1", "2025-10-01 09:00", 2),
                                event("H99-1", "2025-10-05 10:00", 8))
                        // Both pending; H99-1 due 10/10 < 31/10 → late; H99-2 due 10/11 → in time.
                        .expect(counts(PROVINCE).total(2).newReception(2).totalPending(2).pendingLate(1))
                        .build());
    }

    // §4 the due date: supplement rounds move it, an open round pauses the clock, an apology moves nothing.
    private static List<HandComputedCase> dueDates() {
        return List.of(
                HandComputedCase.named("supplementRoundMovesDueToItsNewAppointment")
                        .rule("§4 a completed supplement round moves due to its NgayHenTraMoi")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-08 17:00")
                                        .supplement("2025-10-03 10:00", "2025-10-07 09:00", "2025-10-15 17:00")
                                        .status(9).finishedAt("2025-10-14 10:00"),
                                dossier("H99-2").receivedAt("2025-10-01 09:00").due("2025-10-08 17:00")
                                        .supplement("2025-10-02 10:00", "2025-10-06 09:00", "2025-11-05 17:00")
                                        .status(4))
                        .events(
                                event("H99-1", "2025-10-01 09:00", 2),
                                event("H99-1", "2025-10-03 10:00", 5),
                                event("H99-1", "2025-10-07 09:00", 4),
                                event("H99-1", "2025-10-14 10:00", 9))
                        // H99-1 due 08/10 → 15/10; solved 14/10 → ahead (late against 08/10).
                        // H99-2 due 08/10 → 05/11; pending, 05/11 ≥ 31/10 → in time (late against 08/10).
                        .expect(counts(PROVINCE).total(2).newReception(2)
                                .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1).totalPending(1))
                        .build(),

                HandComputedCase.named("supplementRoundWithoutNewAppointmentShiftsDueByWorkingDaysWaited")
                        .rule("§4 without NgayHenTraMoi, due moves by the working days spent waiting (weekend skipped)")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-08 17:00")
                                        .supplement("2025-10-03 10:00", "2025-10-06 14:00", null)
                                        .status(9).finishedAt("2025-10-09 11:00"),
                                dossier("H99-2").receivedAt("2025-10-01 09:00").due("2025-10-08 17:00")
                                        .supplement("2025-10-03 10:00", "2025-10-06 14:00", null)
                                        .status(9).finishedAt("2025-10-10 09:00"),
                                dossier("H99-3").receivedAt("2025-10-01 09:00").due("2025-10-08 17:00")
                                        .supplement("2025-10-02 10:00", "2025-10-06 09:00", "2025-10-13 17:00")
                                        .supplement("2025-10-10 09:00", "2025-10-14 10:00", null)
                                        .status(9).finishedAt("2025-10-15 16:00"))
                        // H99-1/2: waited Fri 03/10 → Mon 06/10 = 1 working day (Sat, Sun skipped):
                        //   due Wed 08/10 → Thu 09/10. H99-1 solved 09/10 → in time on the due date;
                        //   H99-2 solved Fri 10/10 → late (3 calendar days would give 11/10 and in time).
                        // H99-3: round 1 moves due to Mon 13/10; round 2 waited Fri 10/10 → Tue 14/10 = 2 working
                        //   days (Mon, Tue) from 13/10 → Wed 15/10; solved 15/10 → in time on the due date.
                        .expect(counts(PROVINCE).total(3).newReception(3)
                                .totalSolved(3).solvedInTime(2).solvedLate(1))
                        .build(),

                HandComputedCase.named("supplementWaitOverHolidaysShiftsDueByWorkingDaysOnly")
                        .rule("§4 working days: Monday–Friday less official holidays (Quốc khánh 1–2/9/2025)")
                        .period("2025-09")
                        .today("2025-11-01")
                        .records(
                                dossier("H99-1").receivedAt("2025-08-27 09:00").due("2025-09-05 17:00")
                                        .supplement("2025-08-29 10:00", "2025-09-03 09:00", null)
                                        .status(9).finishedAt("2025-09-08 10:00"),
                                dossier("H99-2").receivedAt("2025-08-27 09:00").due("2025-09-05 17:00")
                                        .supplement("2025-08-29 10:00", "2025-09-03 09:00", null)
                                        .status(9).finishedAt("2025-09-09 10:00"))
                        // Waited Fri 29/08 → Wed 03/09: Sat, Sun, Mon 1/9 and Tue 2/9 (holidays) skipped → 1 day:
                        // due Fri 05/09 → Mon 08/09. Both received in August: pre-existing.
                        // H99-1 solved 08/09 → in time; H99-2 solved 09/09 → late (weekdays only would give 10/09).
                        .expect(counts(PROVINCE).total(2).preExisting(2)
                                .totalSolved(2).solvedInTime(1).solvedLate(1))
                        .build(),

                HandComputedCase.named("openSupplementRoundPausesTheClock")
                        .rule("§4 waiting for the applicant: pending in time if requested on/before due, late if after")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .supplement("2025-10-08 10:00", null, null).status(5),
                                dossier("H99-2").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .supplement("2025-10-15 10:00", null, null).status(5),
                                dossier("H99-3").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .supplement("2025-10-10 16:00", null, null).status(5),
                                dossier("H99-4").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .supplement("2025-10-08 10:00", "2025-11-03 09:00", "2025-11-20 17:00")
                                        .status(4),
                                dossier("H99-5").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .supplement("2025-10-06 10:00", "2025-10-09 09:00", "2025-10-20 17:00")
                                        .status(4))
                        .events(
                                event("H99-1", "2025-10-01 09:00", 2),
                                event("H99-1", "2025-10-08 10:00", 5))
                        // All five pending at 31/10, all due 10/10 at intake:
                        // H99-1 waiting since 08/10 ≤ 10/10 → in time; H99-2 waiting since 15/10 > 10/10 → late;
                        // H99-3 waiting since the due date itself → in time;
                        // H99-4 completed 03/11, after the period: still waiting as of 31/10 → in time;
                        // H99-5 completed 09/10 with new due 20/10 < 31/10 → late.
                        .expect(counts(PROVINCE).total(5).newReception(5).totalPending(5).pendingLate(2))
                        .build(),

                HandComputedCase.named("apologyReAppointmentDoesNotMoveDue")
                        .rule("§4 the agency's apology and new appointment does not move due")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(9).finishedAt("2025-10-16 10:00"),
                                dossier("H99-2").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00").status(4))
                        .events(
                                event("H99-1", "2025-10-01 09:00", 2),
                                apology("H99-1", "2025-10-09 15:00", "2025-10-17 17:00"),
                                event("H99-1", "2025-10-16 10:00", 9),
                                event("H99-2", "2025-10-01 09:00", 2),
                                apology("H99-2", "2025-10-09 15:00", "2025-11-14 17:00"))
                        // Due stays 10/10: H99-1 solved 16/10 → late; H99-2 pending, 10/10 < 31/10 → late.
                        .expect(counts(PROVINCE).total(2).newReception(2).totalSolved(1).solvedLate(1)
                                .totalPending(1).pendingLate(1))
                        .build());
    }

    // §8 duplicates and order.
    private static List<HandComputedCase> duplicatesAndOrder() {
        return List.of(
                HandComputedCase.named("resentDossierVersionsCountOnce")
                        .rule("§8 the same dossier arriving again replaces the older state; never counted twice")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-02 09:00").due("2025-10-16 17:00").status(2)
                                        .updatedAt("2025-10-02 09:00"),
                                dossier("H99-1").receivedAt("2025-10-02 09:00").due("2025-10-16 17:00").status(2)
                                        .updatedAt("2025-10-02 09:00"),
                                dossier("H99-1").receivedAt("2025-10-02 09:00").due("2025-10-16 17:00").status(4)
                                        .updatedAt("2025-10-05 08:00"),
                                dossier("H99-1").receivedAt("2025-10-02 09:00").due("2025-10-16 17:00").status(10)
                                        .finishedAt("2025-10-15 10:00").updatedAt("2025-10-15 10:00"))
                        // One dossier, newest version: solved 15/10 < 16/10 → ahead.
                        .expect(counts(PROVINCE).total(1).newReception(1)
                                .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1))
                        .build(),

                HandComputedCase.named("staleVersionDoesNotOverwriteNewerState")
                        .rule("§8 a record older by source update time, then by record time, never overwrites newer state")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-02 09:00").due("2025-10-10 17:00").status(10)
                                        .finishedAt("2025-10-14 10:00").updatedAt("2025-10-14 10:00"),
                                dossier("H99-1").receivedAt("2025-10-02 09:00").due("2025-10-10 17:00").status(4)
                                        .updatedAt("2025-10-03 08:00"),
                                dossier("H99-2").receivedAt("2025-10-02 09:00").due("2025-10-10 17:00").status(9)
                                        .finishedAt("2025-10-09 10:00"),
                                dossier("H99-2").receivedAt("2025-10-02 09:00").due("2025-10-10 17:00").status(2),
                                dossier("H99-3").receivedAt("2025-10-02 09:00").due("2025-10-15 17:00").status(9)
                                        .finishedAt("2025-10-12 10:00").updatedAt("2025-10-12 10:00"),
                                dossier("H99-3").receivedAt("2025-10-02 09:00").due("2025-10-15 17:00").status(4)
                                        .supplement("2025-10-20 09:00", "2025-10-22 09:00", null)
                                        .updatedAt("2025-10-05 08:00"))
                        // Newer versions arrive first. H99-1 (update time): solved 14/10 > 10/10 → late.
                        // H99-2 (no update time; record time 09/10 > 02/10): solved 09/10 → ahead.
                        // H99-3: the update time decides before the record's own times → solved 12/10 → ahead.
                        .expect(counts(PROVINCE).total(3).newReception(3)
                                .totalSolved(3).solvedInTime(2).solvedAheadOfTime(2).solvedLate(1))
                        .build(),

                HandComputedCase.named("resentEventsCountOnceAndEventsWithoutRecordAreIgnored")
                        .rule("§8 an event counts once per id; events alone do not make a dossier")
                        .records(
                                dossier("H99-1").receivedAt("2025-10-01 09:00").due("2025-10-10 17:00")
                                        .status(9).finishedAt("2025-10-09 10:00"))
                        .events(
                                event("H99-1", "2025-10-01 09:00", 2),
                                event("H99-1", "2025-10-02 09:00", 4),
                                event("H99-1", "2025-10-02 09:00", 4),
                                event("H99-1", "2025-10-09 10:00", 9),
                                event("H99-1", "2025-10-09 10:00", 9),
                                event("H99-404", "2025-10-02 09:00", 2),
                                event("H99-404", "2025-10-03 09:00", 9))
                        // One dossier solved 09/10 < 10/10 → ahead; H99-404 has no record.
                        .expect(counts(PROVINCE).total(1).newReception(1)
                                .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1))
                        .build());
    }

    // §6 organisations: roll-up, unknown organisations, inter-agency copies.
    private static List<HandComputedCase> organisations() {
        return List.of(
                HandComputedCase.named("communeDossiersCountInTheirDistrictAndProvince")
                        .rule("§6 an organisation counts its own dossiers and those of every organisation below it")
                        .organisations(HIERARCHY)
                        .records(
                                dossier("000.01.01.H99-251002-0001").at(COMMUNE).receivedAt("2025-10-02 09:00")
                                        .due("2025-10-09 17:00").status(4),
                                dossier("000.00.01.H99-251003-0001").at(DISTRICT).receivedAt("2025-10-03 09:00")
                                        .due("2025-10-10 17:00").status(9).finishedAt("2025-10-10 15:00"),
                                dossier("000.00.02.H99-250920-0001").at(DEPARTMENT).receivedAt("2025-09-20 09:00")
                                        .due("2025-10-01 17:00").status(10).finishedAt("2025-10-02 10:00"))
                        // commune: new, pending, due 09/10 → late.
                        // district = commune + its own (new, solved on the due date).
                        // department: pre-existing, solved 02/10 > 01/10 → late.
                        // province = district + department.
                        .expect(
                                counts(COMMUNE).total(1).newReception(1).totalPending(1).pendingLate(1),
                                counts(DISTRICT).total(2).newReception(2).totalSolved(1).solvedInTime(1)
                                        .totalPending(1).pendingLate(1),
                                counts(DEPARTMENT).total(1).preExisting(1).totalSolved(1).solvedLate(1),
                                counts(PROVINCE).total(3).preExisting(1).newReception(2)
                                        .totalSolved(2).solvedInTime(1).solvedLate(1)
                                        .totalPending(1).pendingLate(1))
                        .build(),

                HandComputedCase.named("unknownOrganisationRollsUpToTheLevelOneOrganisationItsCodeNames")
                        .rule("§6 an organisation missing from the catalogue is kept and rolled up by its code")
                        .organisations(HIERARCHY)
                        .records(
                                dossier("000.00.12.H99-251006-0001").at(UNKNOWN_UNIT).receivedAt("2025-10-06 09:00")
                                        .due("2025-10-20 17:00").status(4),
                                dossier("000.00.02.H99-251007-0001").at(DEPARTMENT).receivedAt("2025-10-07 09:00")
                                        .due("2025-11-07 17:00").status(4))
                        // 000.00.12.H99: new, due 20/10 < 31/10 → late; rolls up to 000.00.00.H99.
                        // department: new, pending in time. Province = both.
                        .expect(
                                counts(UNKNOWN_UNIT).total(1).newReception(1).totalPending(1).pendingLate(1),
                                counts(DEPARTMENT).total(1).newReception(1).totalPending(1),
                                counts(PROVINCE).total(2).newReception(2).totalPending(2).pendingLate(1))
                        .build(),

                HandComputedCase.named("interAgencyCopyIsCountedOnlyAtTheOriginal")
                        .rule("§6 a dossier referencing an original dossier is not counted again")
                        .organisations(HIERARCHY)
                        .records(
                                dossier("000.00.02.H99-251003-0001").at(DEPARTMENT).receivedAt("2025-10-03 09:00")
                                        .due("2025-10-17 17:00").status(10).finishedAt("2025-10-16 10:00"),
                                dossier("000.00.03.H99-251004-0001").at(OTHER_DEPARTMENT)
                                        .copyOf("000.00.02.H99-251003-0001").receivedAt("2025-10-04 09:00")
                                        .due("2025-10-15 17:00").status(4))
                        // Original: new, solved 16/10 < 17/10 → ahead. The copy at the other department: not counted.
                        .expect(
                                counts(DEPARTMENT).total(1).newReception(1)
                                        .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1),
                                counts(PROVINCE).total(1).newReception(1)
                                        .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1))
                        .build());
    }

    // §6 organisations over time: SCD2 versions, the 2025 reform, the two views.
    private static List<HandComputedCase> reform() {
        return List.of(
                HandComputedCase.named("aCommuneCountsUnderTheParentOfItsVersionAtThePeriodEnd")
                        .rule("§6 roll-ups follow the hierarchy valid at asOf: Q3 ends before the commune moves")
                        .organisations(COMMUNE_MOVES)
                        .period("2025-Q3")
                        .records(communeThatMoves())
                        // asOf 30/09: the commune's first version, under the first district.
                        // M1 new, pending, due 20/10 → in time. M2 is received in October.
                        .expect(
                                counts(COMMUNE).total(1).newReception(1).totalPending(1),
                                counts(DISTRICT).total(1).newReception(1).totalPending(1),
                                counts(PROVINCE).total(1).newReception(1).totalPending(1))
                        .build(),

                HandComputedCase.named("aCommuneCountsUnderItsNewParentOnceItsNewVersionHolds")
                        .rule("§6 roll-ups follow the hierarchy valid at asOf, not the latest nor the receive day's")
                        .organisations(COMMUNE_MOVES)
                        .records(communeThatMoves())
                        // asOf 31/10: the second version, under the second district, also for M1 received in
                        // September. M1 pre-existing, pending, due 20/10 < 31/10 → late; M2 new, solved 09/10 <
                        // due 10/10 → ahead. The first district counts nothing.
                        .expect(
                                counts(COMMUNE).total(2).preExisting(1).newReception(1)
                                        .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1)
                                        .totalPending(1).pendingLate(1),
                                counts(SECOND_DISTRICT).total(2).preExisting(1).newReception(1)
                                        .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1)
                                        .totalPending(1).pendingLate(1),
                                counts(PROVINCE).total(2).preExisting(1).newReception(1)
                                        .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1)
                                        .totalPending(1).pendingLate(1))
                        .build(),

                HandComputedCase.named("districtDossiersCountUnderTheDistrictUntilTheCutOver")
                        .rule("§6 as reported: June 2025 keeps the district, even evaluated after the reform")
                        .organisations(REFORMED).successions(REFORM)
                        .period("2025-06")
                        .today("2025-09-01")
                        .records(cutOverDossiers())
                        // asOf 30/06. R1, R2 (solved 03/07, after June), R3 at the district; R4 at its commune:
                        // all new. R3 solved 25/06 < due 26/06 → ahead. Pending: R1 (due 10/07), R2 (due 04/07) in
                        // time; R4 due 23/06 < 30/06 → late. R5, R6 are received in July.
                        .expect(
                                counts(COMMUNE).total(1).newReception(1).totalPending(1).pendingLate(1),
                                counts(DISTRICT).total(4).newReception(4).totalSolved(1).solvedInTime(1)
                                        .solvedAheadOfTime(1).totalPending(3).pendingLate(1),
                                counts(PROVINCE).total(4).newReception(4).totalSolved(1).solvedInTime(1)
                                        .solvedAheadOfTime(1).totalPending(3).pendingLate(1))
                        .build(),

                HandComputedCase.named("districtDossierPendingAtTheCutOverIsPreExistingUnderItsPrimarySuccessor")
                        .rule("§6, reference §5.5.6: pending at 30/06 under a district → PreExtisting in July under "
                                + "its successor; the dossier keeps its handling organisation (not re-keyed)")
                        .organisations(REFORMED).successions(REFORM)
                        .period("2025-07")
                        .today("2025-09-01")
                        .records(cutOverDossiers())
                        // The district splits; the seat commune (primary, listed second) takes R1, R2; the old
                        // commune merged into it brings R4. R1 pre, pending, due 10/07 < 31/07 → late; R2 pre,
                        // solved 03/07 < due 04/07 → ahead; R3 solved in June → not in play; R4 pre, pending, late;
                        // R5 new at the seat commune, due 05/08 → in time. R6 new at the new commune, solved 28/07 >
                        // due 25/07 → late. Nothing counts for the district, the old commune or the province.
                        .expect(
                                counts(SEAT_COMMUNE).total(4).preExisting(3).newReception(1)
                                        .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1)
                                        .totalPending(3).pendingLate(2),
                                counts(NEW_COMMUNE).total(1).newReception(1).totalSolved(1).solvedLate(1),
                                counts(CITY).total(5).preExisting(3).newReception(2)
                                        .totalSolved(2).solvedInTime(1).solvedAheadOfTime(1).solvedLate(1)
                                        .totalPending(3).pendingLate(2))
                        .build(),

                HandComputedCase.named("oldProvincesJuneIsRestatedUnderTheNewCity")
                        .rule("§6 restated: history re-attributed through org_succession to today's organisations; "
                                + "the dossiers are still evaluated as of the period's end")
                        .organisations(REFORMED).successions(REFORM)
                        .view(OrganisationView.RESTATED)
                        .period("2025-06")
                        .today("2025-09-01")
                        .records(cutOverDossiers())
                        .records(
                                dossier("000.00.02.H99-250602-0001").at(DEPARTMENT).receivedAt("2025-06-02 09:00")
                                        .due("2025-06-09 17:00").status(10).finishedAt("2025-06-06 10:00"),
                                dossier("000.02.01.H99-250611-0001").at(OTHER_COMMUNE).receivedAt("2025-06-11 09:00")
                                        .due("2025-07-20 17:00").status(4),
                                dossier("000.00.09.H98-250612-0001").at(NEIGHBOUR_UNKNOWN_UNIT)
                                        .receivedAt("2025-06-12 09:00").due("2025-06-19 17:00").status(4))
                        // June as of 30/06, attributed to the structure of 01/09. District R1–R3 and commune R4 →
                        // seat commune: 4 new, R3 ahead, pending R1, R2 in time, R4 late. The department's dossier →
                        // the city's department: new, solved 06/06 → ahead. The other commune's dossier → the new
                        // commune (its primary successor): new, pending, due 20/07 ≥ 30/06 → in time (late against
                        // today, which restating does not change). The neighbour's unknown unit is kept and its
                        // province's successor is the city: new, pending, late. City = 7 = the province's 6 + the
                        // neighbour's 1 as reported.
                        .expect(
                                counts(SEAT_COMMUNE).total(4).newReception(4).totalSolved(1).solvedInTime(1)
                                        .solvedAheadOfTime(1).totalPending(3).pendingLate(1),
                                counts(CITY_DEPARTMENT).total(1).newReception(1)
                                        .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1),
                                counts(NEW_COMMUNE).total(1).newReception(1).totalPending(1),
                                counts(NEIGHBOUR_UNKNOWN_UNIT).total(1).newReception(1).totalPending(1).pendingLate(1),
                                counts(CITY).total(7).newReception(7).totalSolved(2).solvedInTime(2)
                                        .solvedAheadOfTime(2).totalPending(5).pendingLate(2))
                        .build(),

                HandComputedCase.named("aSplitCommunesDossiersGoWholeToItsPrimarySuccessor")
                        .rule("§6 a dossier is counted whole: a split sends it to the one primary successor")
                        .organisations(REFORMED).successions(REFORM)
                        .period("2025-08")
                        .today("2025-09-01")
                        .records(
                                dossier("000.02.01.H99-250625-0001").at(OTHER_COMMUNE).receivedAt("2025-06-25 09:00")
                                        .due("2025-09-05 17:00").status(4),
                                dossier("000.02.01.H99-250627-0001").at(OTHER_COMMUNE).receivedAt("2025-06-27 09:00")
                                        .due("2025-07-04 17:00").status(9).finishedAt("2025-08-04 10:00"),
                                dossier("000.01.70.H97-250805-0001").at(SEAT_COMMUNE).receivedAt("2025-08-05 09:00")
                                        .due("2025-08-12 17:00").status(10).finishedAt("2025-08-11 10:00"))
                        // The other commune splits between the seat commune (listed first) and the new commune
                        // (primary): both its dossiers count whole at the new commune. S1 pre, pending, due 05/09 →
                        // in time; S2 pre, solved 04/08 > due 04/07 → late. S3 new at the seat commune → ahead.
                        .expect(
                                counts(NEW_COMMUNE).total(2).preExisting(2).totalSolved(1).solvedLate(1)
                                        .totalPending(1),
                                counts(SEAT_COMMUNE).total(1).newReception(1)
                                        .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1),
                                counts(CITY).total(3).preExisting(2).newReception(1).totalSolved(2).solvedInTime(1)
                                        .solvedAheadOfTime(1).solvedLate(1).totalPending(1))
                        .build());
    }

    private static DossierDsl.DossierBuilder[] communeThatMoves() {
        return new DossierDsl.DossierBuilder[] {
                dossier("000.01.01.H99-250915-0001").at(COMMUNE).receivedAt("2025-09-15 09:00")
                        .due("2025-10-20 17:00").status(4),
                dossier("000.01.01.H99-251006-0001").at(COMMUNE).receivedAt("2025-10-06 09:00")
                        .due("2025-10-10 17:00").status(9).finishedAt("2025-10-09 10:00")};
    }

    /** R1–R4 received in June before the reform (district and commune), R5, R6 in July at the new communes. */
    private static DossierDsl.DossierBuilder[] cutOverDossiers() {
        return new DossierDsl.DossierBuilder[] {
                dossier("000.00.01.H99-250620-0001").at(DISTRICT).receivedAt("2025-06-20 09:00")
                        .due("2025-07-10 17:00").status(4),
                dossier("000.00.01.H99-250610-0001").at(DISTRICT).receivedAt("2025-06-10 09:00")
                        .due("2025-07-04 17:00").status(10).finishedAt("2025-07-03 10:00"),
                dossier("000.00.01.H99-250605-0001").at(DISTRICT).receivedAt("2025-06-05 09:00")
                        .due("2025-06-26 17:00").status(10).finishedAt("2025-06-25 10:00"),
                dossier("000.01.01.H99-250616-0001").at(COMMUNE).receivedAt("2025-06-16 09:00")
                        .due("2025-06-23 17:00").status(4),
                dossier("000.01.70.H97-250702-0001").at(SEAT_COMMUNE).receivedAt("2025-07-02 09:00")
                        .due("2025-08-05 17:00").status(4),
                dossier("000.02.70.H97-250715-0001").at(NEW_COMMUNE).receivedAt("2025-07-15 09:00")
                        .due("2025-07-25 17:00").status(9).finishedAt("2025-07-28 10:00")};
    }

    // §7 quarter and year periods.
    private static List<HandComputedCase> periods() {
        List<HandComputedCase> cases = new ArrayList<>();
        cases.add(HandComputedCase.named("quarterIsEvaluatedAsOnePeriod")
                .rule("§1/§7 a quarter is one period [01/10, 31/12]")
                .period("2025-Q4")
                .today("2026-02-01")
                .records(
                        dossier("H99-1").receivedAt("2025-09-20 09:00").due("2025-10-31 17:00")
                                .status(10).finishedAt("2025-11-15 10:00"),
                        dossier("H99-2").receivedAt("2025-10-05 09:00").due("2025-10-24 17:00")
                                .status(10).finishedAt("2025-10-20 10:00"),
                        dossier("H99-3").receivedAt("2025-12-10 09:00").due("2025-12-30 17:00").status(4),
                        dossier("H99-4").receivedAt("2025-11-02 09:00").due("2025-11-28 17:00")
                                .status(10).finishedAt("2025-12-02 10:00"),
                        dossier("H99-5").receivedAt("2025-12-22 09:00").due("2026-01-05 17:00").status(4))
                // pre: H99-1 (solved 15/11 > 31/10 → late). new: H99-2 (ahead), H99-3, H99-4 (late), H99-5.
                // pending: H99-3 due 30/12 < 31/12 → late; H99-5 due 05/01 → in time.
                .expect(counts(PROVINCE).total(5).preExisting(1).newReception(4)
                        .totalSolved(3).solvedInTime(1).solvedAheadOfTime(1).solvedLate(2)
                        .totalPending(2).pendingLate(1))
                .build());

        // One history, four periods. Y1–Y7:
        //   Y1 received 20/12/2024, due 10/01, solved 08/01            Y2 received 28/12/2024, due 06/01, solved 03/02
        //   Y3 online 15/01, due 04/02 (after Tết 27–31/01), solved 04/02   Y4 received 10/03, due 20/03, withdrawn 25/03
        //   Y5 received 15/12, due 29/12, pending                      Y6 received 20/11, due 31/12, pending
        //   Y7 received 01/11/2024, due 20/11/2024, pending
        cases.add(yearHistory(YEAR_CASE, "2025")
                // pre: Y1, Y2, Y7 = 3 (= January's). new: Y3, Y4, Y5, Y6 = 4, online Y3.
                // solved: Y1 ahead, Y2 late, Y3 on the due date, Y4 withdrawn → in time = 3, ahead 1, late 1.
                // pending (= December's): Y5 (29/12 < 31/12 late), Y6 (due 31/12 = asOf), Y7 late → 3, 2 late.
                .expect(counts(PROVINCE).total(7).preExisting(3).newReception(4).newReceptionOnline(1)
                        .totalSolved(4).solvedInTime(3).solvedAheadOfTime(1).solvedLate(1)
                        .totalPending(3).pendingLate(2))
                .build());
        cases.add(yearHistory("yearHistoryInJanuary", "2025-01")
                // pre: Y1, Y2, Y7. new: Y3 online. solved: Y1 ahead.
                // pending: Y2 (06/01 < 31/01 late), Y3 (04/02 in time), Y7 (late).
                .expect(counts(PROVINCE).total(4).preExisting(3).newReception(1).newReceptionOnline(1)
                        .totalSolved(1).solvedInTime(1).solvedAheadOfTime(1)
                        .totalPending(3).pendingLate(2))
                .build());
        cases.add(yearHistory("yearHistoryInFebruary", "2025-02")
                // pre: Y2 (solved 03/02 late), Y3 (solved 04/02 on the due date), Y7 (pending late).
                .expect(counts(PROVINCE).total(3).preExisting(3)
                        .totalSolved(2).solvedInTime(1).solvedLate(1)
                        .totalPending(1).pendingLate(1))
                .build());
        cases.add(yearHistory("yearHistoryInDecember", "2025-12")
                // pre: Y6 (due 31/12 = asOf, in time), Y7 (late). new: Y5 (29/12 < 31/12 late).
                .expect(counts(PROVINCE).total(3).preExisting(2).newReception(1)
                        .totalPending(3).pendingLate(2))
                .build());
        return cases;
    }

    private static HandComputedCase.Builder yearHistory(String name, String period) {
        return HandComputedCase.named(name)
                .rule("§7 flows add up over months; a year's PreExtisting is January's, its pending December's")
                .period(period)
                .today("2026-03-01")
                .records(
                        dossier("Y1").receivedAt("2024-12-20 09:00").due("2025-01-10 17:00")
                                .status(10).finishedAt("2025-01-08 10:00"),
                        dossier("Y2").receivedAt("2024-12-28 09:00").due("2025-01-06 17:00")
                                .status(10).finishedAt("2025-02-03 10:00"),
                        dossier("Y3").online().receivedAt("2025-01-15 09:00").due("2025-02-04 17:00")
                                .status(9).finishedAt("2025-02-04 16:00"),
                        dossier("Y4").receivedAt("2025-03-10 09:00").due("2025-03-20 17:00")
                                .status(7).finishedAt("2025-03-25 10:00"),
                        dossier("Y5").receivedAt("2025-12-15 09:00").due("2025-12-29 17:00").status(4),
                        dossier("Y6").receivedAt("2025-11-20 09:00").due("2025-12-31 17:00").status(4),
                        dossier("Y7").receivedAt("2024-11-01 09:00").due("2024-11-20 17:00").status(4))
                .events(
                        event("Y2", "2024-12-28 09:00", 2),
                        event("Y2", "2025-02-03 10:00", 10),
                        event("Y3", "2025-01-15 09:00", 2),
                        event("Y3", "2025-02-04 16:00", 9));
    }

    private static Organisation province() {
        return new Organisation(PROVINCE, "UBND tỉnh Thử", 1, OrganisationKind.PROVINCE, null, null, null);
    }
}
