package org.tthc.warehouse.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.EventIds;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationSuccession;

/**
 * Random dossier histories for the cross-engine tests, heavy on the edges the rules turn on: times at midnight and
 * a millisecond before it, on the first and last days of periods and the 14th/15th, around due dates; every status
 * 1–10 as record status and in events (also unrealistic sequences); supplement rounds open and closed, with and
 * without a new due date, completed before their request, with equal request times; several versions of a dossier
 * with older, equal, newer and missing update times; repeated and conflicting events; inter-agency copies;
 * handling organisations the catalogue does not know; a reform on 1 July 2025 (a merge and a split) and a rename in
 * October, with dossiers at old and new codes on both sides of them. Deterministic for a seed.
 */
final class EdgeHeavyHistories {
    static final String PROVINCE = "000.00.00.H01";
    static final String DEPARTMENT = "000.00.01.H01";
    static final String DISTRICT = "000.00.02.H01";
    static final String COMMUNE = "000.01.02.H01";
    static final String MINISTRY = "000.00.00.G05";
    static final String MINISTRY_UNIT = "000.00.07.G05";
    /** Known, but its parent is not: rolls up through the missing parent's code to the province. */
    static final String ORPHAN = "000.00.08.H01";
    /** Organisations the catalogue does not know: by code to the province, to an unknown province, to nothing. */
    static final List<String> UNKNOWN = List.of("000.00.09.H01", "000.00.03.H77", "UBND-XA-CU");
    /** From the reform day: the city the province merges into and two communes the district splits between. */
    static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    static final String CITY = "000.00.00.H02";
    static final String CITY_COMMUNE = "000.01.70.H02";
    static final String OTHER_CITY_COMMUNE = "000.02.70.H02";
    /** The ministry's unit continues under this code from 1 October 2025. */
    static final String RENAMED_UNIT = "000.00.08.G05";
    static final LocalDate RENAME_DAY = LocalDate.of(2025, 10, 1);

    /** Upserted first: the province and its district end with June 2025, but nobody says yet what follows. */
    static final List<Organisation> FIRST_ORGANISATIONS = List.of(
            org(PROVINCE, "Tỉnh Một", 1, OrganisationKind.PROVINCE, null, null, REFORM_DAY.minusDays(1)),
            org(DEPARTMENT, "Sở Tư pháp", 2, OrganisationKind.DEPARTMENT, PROVINCE, null, null),
            org(DISTRICT, "UBND huyện Hai", 2, OrganisationKind.DISTRICT, PROVINCE, null, REFORM_DAY.minusDays(1)),
            org(COMMUNE, "UBND xã Ba (cũ)", 3, OrganisationKind.COMMUNE, DEPARTMENT, LocalDate.of(2020, 1, 1), null),
            org(MINISTRY, "Bộ Năm", 1, OrganisationKind.MINISTRY, null, null, null));
    /**
     * Upserted later, after dossiers: a new version of the commune moves it to the district (and, after the reform,
     * under the district's successor); the city, its communes and the ministry unit's new code, with the crosswalk.
     */
    static final List<Organisation> LATER_ORGANISATIONS = List.of(
            org(COMMUNE, "UBND xã Ba", 3, OrganisationKind.COMMUNE, DISTRICT, LocalDate.of(2024, 7, 1), null),
            org(MINISTRY_UNIT, "Cục Bảy", 2, OrganisationKind.OTHER, MINISTRY, null, RENAME_DAY.minusDays(1)),
            org(ORPHAN, "Phòng Tám", 2, OrganisationKind.OTHER, "000.00.55.H01", null, null),
            org(CITY, "Thành phố Hai", 1, OrganisationKind.PROVINCE, null, REFORM_DAY, null),
            org(CITY_COMMUNE, "UBND phường Một", 3, OrganisationKind.COMMUNE, CITY, REFORM_DAY, null),
            org(OTHER_CITY_COMMUNE, "UBND xã Hai", 3, OrganisationKind.COMMUNE, CITY, REFORM_DAY, null),
            org(RENAMED_UNIT, "Cục Bảy (mã mới)", 2, OrganisationKind.OTHER, MINISTRY, RENAME_DAY, null));
    static final List<OrganisationSuccession> SUCCESSIONS = List.of(
            OrganisationSuccession.merge(PROVINCE, CITY, REFORM_DAY),
            OrganisationSuccession.split(DISTRICT, OTHER_CITY_COMMUNE, REFORM_DAY, false),
            OrganisationSuccession.split(DISTRICT, CITY_COMMUNE, REFORM_DAY, true),
            OrganisationSuccession.rename(MINISTRY_UNIT, RENAMED_UNIT, RENAME_DAY));

    /** The handling organisation codes drawn from: every level, successors, a renamed unit and unknown codes. */
    static final List<String> HANDLING = Stream.concat(
            Stream.of(PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, COMMUNE, COMMUNE, MINISTRY, MINISTRY_UNIT, ORPHAN,
                    CITY, CITY_COMMUNE, OTHER_CITY_COMMUNE, RENAMED_UNIT),
            UNKNOWN.stream()).toList();
    private static final List<String> SOURCES = List.of("portal-lite", "dvc-tinh");
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final LocalDate WINDOW_FROM = LocalDate.of(2024, 10, 1);
    private static final int WINDOW_DAYS = 500;

    /** One ingest batch, in arrival order. */
    record Batch(String id, List<DossierRecord> records, List<DossierEvent> events) {
    }

    /** A generated history: what the warehouse ingests batch by batch and the reference reads in one go. */
    record History(List<Batch> batches) {
        List<DossierRecord> records() {
            return batches.stream().flatMap(b -> b.records().stream()).toList();
        }

        List<DossierEvent> events() {
            return batches.stream().flatMap(b -> b.events().stream()).toList();
        }

        static List<Organisation> organisations() {
            return Stream.concat(FIRST_ORGANISATIONS.stream(), LATER_ORGANISATIONS.stream()).toList();
        }

        static List<OrganisationSuccession> successions() {
            return SUCCESSIONS;
        }
    }

    private final Random random;
    private final int batches;
    private final List<LocalDate> boundaries = new ArrayList<>();
    private final List<List<DossierRecord>> records = new ArrayList<>();
    private final List<List<DossierEvent>> events = new ArrayList<>();

    private EdgeHeavyHistories(long seed, LocalDate today, int batches) {
        this.random = new Random(seed);
        this.batches = batches;
        for (LocalDate month = WINDOW_FROM; month.isBefore(WINDOW_FROM.plusDays(WINDOW_DAYS)); month = month.plusMonths(1)) {
            boundaries.addAll(List.of(month, month.plusDays(13), month.plusDays(14), month.plusMonths(1).minusDays(1)));
        }
        boundaries.addAll(List.of(today.minusDays(1), today, today.plusDays(1)));
        for (int i = 0; i < batches; i++) {
            records.add(new ArrayList<>());
            events.add(new ArrayList<>());
        }
    }

    /** A history of {@code dossiers} dossiers sent in {@code batches} batches (two or more: re-sends need two). */
    static History generate(long seed, int dossiers, LocalDate today, int batches) {
        return new EdgeHeavyHistories(seed, today, batches).history(seed, dossiers);
    }

    private History history(long seed, int dossiers) {
        for (int i = 0; i < dossiers; i++) {
            DossierRecord base = dossier(i);
            int batch = random.nextInt(batches);
            records.get(batch).add(base);
            if (random.nextInt(100) < 25) {
                // other versions, in any batch: older, equal, newer or missing update times, changed content
                for (int v = 1 + random.nextInt(2); v > 0; v--) {
                    records.get(random.nextInt(batches)).add(version(base));
                }
            }
            if (random.nextInt(100) < 15) {
                records.get(random.nextInt(batches)).add(base); // identical re-send
            }
            eventsOf(base);
        }
        if (dossiers > 0) {
            // events of a dossier no source ever sent
            events.get(0).add(event("portal-lite", "000.00.01.H01-250101-999999", time(), status(), 0));
        }
        List<Batch> sent = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            shuffleSomewhat(records.get(i));
            shuffleSomewhat(events.get(i));
            sent.add(new Batch("seed" + seed + "-batch" + (i + 1), List.copyOf(records.get(i)),
                    List.copyOf(events.get(i))));
        }
        return new History(List.copyOf(sent));
    }

    private DossierRecord dossier(int i) {
        String org = pick(HANDLING);
        LocalDateTime received = random.nextInt(100) < 3 ? null : random.nextInt(100) < 60 ? time() : anyTime();
        LocalDate codeDate = received == null ? WINDOW_FROM : received.toLocalDate();
        String code = (random.nextInt(100) < 90 ? org : "KHAC") + "-" + CODE_DATE.format(codeDate) + "-" + (100000 + i);
        StatusCode status = status();
        LocalDateTime due = received == null || random.nextInt(100) < 10 ? null
                : random.nextBoolean() ? received.plusDays(random.nextInt(21)).with(timeOfDay()) : time();
        LocalDateTime finished = finishedAt(status, due);
        LocalDateTime returned = finished != null && random.nextInt(100) < 30 ? finished.plusDays(random.nextInt(3)) : null;
        String original = random.nextInt(100) < 5 ? PROVINCE + "-250101-" + random.nextInt(1000) : null;
        return new DossierRecord(pick(SOURCES), code, "1.00" + random.nextInt(5), "Thủ tục " + random.nextInt(5),
                "LV" + random.nextInt(3), "Lĩnh vực", channel(), applicantType(), "Hồ sơ " + i, org, "Cơ quan",
                received, due, status, finished, returned, supplements(received, due), original, updatedAt());
    }

    /** Another version of a dossier: new state, and an update time older, equal, newer or missing. */
    private DossierRecord version(DossierRecord d) {
        LocalDateTime updated = switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> d.sourceUpdatedAt();
            case 2 -> d.sourceUpdatedAt() == null ? time() : d.sourceUpdatedAt().minusDays(1);
            case 3 -> d.sourceUpdatedAt() == null ? null : d.sourceUpdatedAt().plusNanos(1_000_000);
            default -> time();
        };
        StatusCode status = random.nextBoolean() ? status() : d.status();
        LocalDateTime finished = random.nextBoolean() ? finishedAt(status, d.dueAt()) : d.finishedAt();
        List<SupplementRound> supplements = switch (random.nextInt(3)) {
            case 0 -> d.supplements();
            case 1 -> d.supplements().isEmpty() ? List.of() : d.supplements().subList(0, d.supplements().size() - 1);
            default -> supplements(d.receivedAt(), d.dueAt());
        };
        String org = random.nextInt(100) < 10 ? pick(HANDLING) : d.handlingOrgCode();
        return new DossierRecord(d.sourceSystem(), d.dossierCode(), d.procedureCode(), d.procedureName(),
                d.sectorCode(), d.sectorName(), random.nextInt(100) < 20 ? channel() : d.channel(), d.applicantType(),
                d.summary(), org, d.handlingOrgName(), d.receivedAt(), d.dueAt(), status, finished, d.returnedAt(),
                supplements, d.originalDossierCode(), updated);
    }

    private void eventsOf(DossierRecord d) {
        if (random.nextInt(100) >= 70) {
            return;
        }
        LocalDateTime previous = null;
        for (int n = 1 + random.nextInt(6); n > 0; n--) {
            LocalDateTime at = previous != null && random.nextInt(100) < 10 ? previous // same time: ids break the tie
                    : d.receivedAt() != null && random.nextBoolean()
                    ? d.receivedAt().plusDays(random.nextInt(25)).with(timeOfDay()) : time();
            previous = at;
            DossierEvent event = event(d.sourceSystem(), d.dossierCode(), at, status(), n);
            int batch = random.nextInt(batches);
            events.get(batch).add(event);
            if (random.nextInt(100) < 10) {
                events.get(random.nextInt(batches)).add(event); // repeated
            }
            if (random.nextInt(100) < 2) {
                // the same id with another status: the first one stored wins, in every engine
                events.get(random.nextInt(batches)).add(new DossierEvent(event.sourceSystem(), event.dossierCode(),
                        event.eventId(), event.occurredAt(), status(), "khác", null, null, null, null, null));
            }
        }
    }

    private DossierEvent event(String source, String code, LocalDateTime at, StatusCode status, int step) {
        String handler = "cb" + random.nextInt(4);
        String content = "bước " + step + "." + random.nextInt(1000);
        return new DossierEvent(source, code, EventIds.of(source, code, at, status, handler, "P1", content), at, status,
                handler, "Chuyên viên", "P1", content, random.nextBoolean() ? at.minusDays(1) : null,
                random.nextBoolean() ? at.plusDays(2) : null);
    }

    private LocalDateTime finishedAt(StatusCode status, LocalDateTime due) {
        boolean solved = status == StatusCode.WITHDRAWN || status == StatusCode.FINISHED
                || status == StatusCode.RESULT_RETURNED;
        if (solved ? random.nextInt(100) < 15 : random.nextInt(100) >= 15) {
            return null;
        }
        return due != null && random.nextBoolean()
                ? due.plusDays(random.nextInt(3) - 1).with(timeOfDay()) : time();
    }

    private List<SupplementRound> supplements(LocalDateTime received, LocalDateTime due) {
        if (random.nextInt(100) >= 40) {
            return List.of();
        }
        List<SupplementRound> rounds = new ArrayList<>();
        LocalDateTime previousRequest = null;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            LocalDateTime requested = random.nextInt(100) < 5 ? null
                    : previousRequest != null && random.nextInt(100) < 10 ? previousRequest
                    : received != null && random.nextBoolean() ? received.plusDays(random.nextInt(15)).with(timeOfDay())
                    : time();
            previousRequest = requested;
            LocalDateTime completed = random.nextInt(100) < 40 ? null
                    : requested == null || random.nextInt(100) < 20 ? time()
                    : requested.plusDays(random.nextInt(11) - 1).with(timeOfDay());
            LocalDateTime newDue = random.nextBoolean() ? null
                    : due != null && random.nextBoolean() ? due.plusDays(random.nextInt(10)) : time();
            rounds.add(new SupplementRound(requested, completed, random.nextBoolean() ? due : null, newDue));
        }
        return rounds;
    }

    /** A time at or near a period boundary, at a boundary time of day more often than not. */
    private LocalDateTime time() {
        return pick(boundaries).plusDays(random.nextInt(5) - 2).atTime(timeOfDay());
    }

    private LocalDateTime anyTime() {
        return WINDOW_FROM.plusDays(random.nextInt(WINDOW_DAYS)).atTime(timeOfDay());
    }

    private LocalTime timeOfDay() {
        return switch (random.nextInt(7)) {
            case 0 -> LocalTime.MIDNIGHT;
            case 1 -> LocalTime.of(23, 59, 59, 999_000_000);
            case 2 -> LocalTime.of(0, 0, 0, 1_000_000);
            case 3 -> LocalTime.NOON;
            default -> LocalTime.ofSecondOfDay(random.nextInt(86_400)).withNano(random.nextInt(1000) * 1_000_000);
        };
    }

    private LocalDateTime updatedAt() {
        return random.nextInt(100) < 30 ? null : time();
    }

    private StatusCode status() {
        return StatusCode.of(1 + random.nextInt(10));
    }

    private Channel channel() {
        int code = random.nextInt(4);
        return code == 0 ? null : Channel.ofCode(code).orElseThrow();
    }

    private ApplicantType applicantType() {
        int code = random.nextInt(5);
        return code == 0 ? null : ApplicantType.ofCode(code).orElseThrow();
    }

    /** Moves a few elements: arrival order within a batch is not generation order, but not fully random either. */
    private <T> void shuffleSomewhat(List<T> list) {
        for (int i = 0; i < list.size() / 10; i++) {
            int a = random.nextInt(list.size());
            int b = random.nextInt(list.size());
            T t = list.get(a);
            list.set(a, list.get(b));
            list.set(b, t);
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Organisation org(String code, String name, int level, OrganisationKind kind, String parent,
                                    LocalDate validFrom, LocalDate validTo) {
        return new Organisation(code, name, level, kind, parent, validFrom, validTo);
    }
}
