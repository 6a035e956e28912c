package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.warehouse.statistics.StatisticsComparison.assertSameStatistics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.HandComputedCase;
import org.tthc.domain.statistics.HandComputedCases;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RandomHistories;
import org.tthc.domain.statistics.ReferenceStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.postgres.PostgresMirror;
import org.tthc.warehouse.postgres.PostgresStatistics;
import org.tthc.warehouse.postgres.PostgresTestDatabase;
import org.tthc.warehouse.spark.SharedSpark;

/**
 * Spark and PostgreSQL against the domain's own fixtures, in both views: its random histories and its hand-computed
 * cases.
 */
class DomainFixturesCrossEngineTest {
    private static PostgresTestDatabase postgres;

    @TempDir
    Path root;

    @BeforeAll
    static void createPostgresDatabase() {
        postgres = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropPostgresDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void sparkStatisticsEqualTheReferenceOnTheDomainsRandomHistories() {
        RandomHistories.History history = RandomHistories.generate(new Random(766), 600);
        List<DossierRecord> records = history.records();
        int half = records.size() / 2;
        List<DossierRecord> first = records.subList(0, half);
        List<DossierRecord> second = records.subList(Math.max(0, half - 50), records.size()); // re-sends 50
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        warehouse.upsertOrganisations(history.organisations(), history.successions());
        ingest(warehouse, "domain-1", first, history.events());
        ingest(warehouse, "domain-2", second, history.events());
        List<Period> periods = CrossEngineStatisticsTest.periods();
        LocalDate today = CrossEngineStatisticsTest.TODAY;

        ReferenceStatistics reference = new ReferenceStatistics(RuleSet.R2025_1, WorkingCalendar.vietnam(),
                history.catalogue());
        List<DossierRecord> arrived = Stream.concat(first.stream(), second.stream()).toList();
        new PostgresMirror(warehouse, postgres.dataSource(), message -> { }).mirrorAll();
        for (OrganisationView view : OrganisationView.values()) {
            Map<Period, Map<String, PeriodStatistics>> spark =
                    new SparkStatistics(warehouse).computeAll(periods, today, view);
            Map<Period, Map<String, PeriodStatistics>> postgresql =
                    new PostgresStatistics(postgres.dataSource()).computeAll(periods, today, view);
            for (Period period : periods) {
                Map<String, PeriodStatistics> expected =
                        reference.compute(arrived, history.events(), period, today, view);
                assertSameStatistics("the domain's random history, " + view.externalName() + ", Spark", period,
                        spark.get(period), expected);
                assertSameStatistics("the domain's random history, " + view.externalName() + ", PostgreSQL", period,
                        postgresql.get(period), expected);
            }
        }
    }

    /**
     * Every hand-computed case in one warehouse and one batch: each case gets its own source system and its own
     * level-1 segments (the first unused ones: {@code 000.00.12.H99} of a case given {@code H07} becomes
     * {@code 000.00.12.H07}), so no case's dossiers reach another case's organisations; event ids are kept
     * (deduplication is per source system). Within the batch the records keep their arrival order: a later arrival
     * wins a tie between equal versions, as in the reference. Spark computes all periods once per distinct
     * {@code today} and view; each case's organisations, mapped back to their original codes, must have the case's
     * expected statistics, and the reference on the same data must agree.
     */
    @Test
    void sparkStatisticsEqualTheHandComputedCases() {
        List<HandComputedCase> all = HandComputedCases.all();
        List<NamespacedCase> cases = new ArrayList<>();
        int segmentsUsed = 0;
        for (HandComputedCase c : all) {
            NamespacedCase namespaced = NamespacedCase.of(c, cases.size() + 1, segmentsUsed);
            segmentsUsed += namespaced.segments().size();
            cases.add(namespaced);
        }
        assertThat(cases).as("hand-computed cases").isNotEmpty();

        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        List<Organisation> organisations = cases.stream().flatMap(c -> c.organisations().stream()).toList();
        List<OrganisationSuccession> successions = cases.stream().flatMap(c -> c.successions().stream()).toList();
        List<DossierRecord> records = cases.stream().flatMap(c -> c.records().stream()).toList();
        List<DossierEvent> events = cases.stream().flatMap(c -> c.events().stream()).toList();
        warehouse.upsertOrganisations(organisations, successions);
        ingest(warehouse, "hand-computed", records, events);

        SparkStatistics spark = new SparkStatistics(warehouse);
        new PostgresMirror(warehouse, postgres.dataSource(), message -> { }).mirrorAll();
        PostgresStatistics postgresStatistics = new PostgresStatistics(postgres.dataSource());
        ReferenceStatistics reference = new ReferenceStatistics(RuleSet.R2025_1, WorkingCalendar.vietnam(),
                new OrganisationCatalogue(organisations, successions));
        Map<String, List<NamespacedCase>> byTodayAndView = new TreeMap<>();
        cases.forEach(c -> byTodayAndView.computeIfAbsent(c.original().today() + " " + c.original().view(),
                key -> new ArrayList<>()).add(c));
        for (List<NamespacedCase> group : byTodayAndView.values()) {
            LocalDate today = group.get(0).original().today();
            OrganisationView view = group.get(0).original().view();
            List<Period> periods = group.stream().map(c -> c.original().period()).distinct().toList();
            Map<Period, Map<String, PeriodStatistics>> computed = spark.computeAll(periods, today, view);
            Map<Period, Map<String, PeriodStatistics>> postgresql =
                    postgresStatistics.computeAll(periods, today, view);
            for (Period period : periods) {
                Map<String, PeriodStatistics> sparkStatistics = computed.getOrDefault(period, Map.of());
                Map<String, PeriodStatistics> expected = reference.compute(records, events, period, today, view);
                assertSameStatistics("all hand-computed cases on " + today + ", " + view.externalName() + ", Spark",
                        period, sparkStatistics, expected);
                assertSameStatistics("all hand-computed cases on " + today + ", " + view.externalName()
                        + ", PostgreSQL", period, postgresql.getOrDefault(period, Map.of()), expected);
                for (String org : sparkStatistics.keySet()) {
                    assertThat(cases.stream().anyMatch(c -> c.owns(org)))
                            .as("organisation %s of Spark's %s on %s belongs to a case", org, period, today).isTrue();
                }
            }
            for (NamespacedCase c : group) {
                HandComputedCase original = c.original();
                Map<String, PeriodStatistics> sparkStatistics = computed.getOrDefault(original.period(), Map.of());
                Map<String, PeriodStatistics> actual = new TreeMap<>();
                Map<String, PeriodStatistics> expected = new TreeMap<>();
                TreeSet<String> orgs = new TreeSet<>(original.expectedOrgCodes());
                sparkStatistics.keySet().stream().filter(c::owns).map(c::originalCode).forEach(orgs::add);
                for (String org : orgs) {
                    // an organisation with all counts zero may be left out by an engine
                    PeriodStatistics counted = sparkStatistics.get(c.namespaced(org));
                    actual.put(org, counted == null
                            ? PeriodStatistics.zero(org, original.period(), RuleSet.R2025_1.id())
                            : relabel(counted, org));
                    expected.put(org, original.expectedFor(org));
                }
                assertSameStatistics("hand-computed case " + original.name() + " (" + original.rule() + ", as "
                        + c.sourceSystem() + ")", original.period(), actual, expected);
            }
        }
    }

    private static PeriodStatistics relabel(PeriodStatistics s, String orgCode) {
        return new PeriodStatistics(orgCode, s.period(), s.ruleSet(), s.total(), s.preExisting(), s.newReception(),
                s.newReceptionOnline(), s.totalSolved(), s.solvedInTime(), s.solvedAheadOfTime(), s.solvedLate(),
                s.totalPending(), s.pendingLate());
    }

    /**
     * A hand-computed case moved into its own namespace: source system {@code case-nn}, and each level-1 segment of
     * its agency codes replaced by one of its own ({@code H01}… then {@code G01}…, the next unused ones), keeping the
     * code's shape so an unknown organisation still rolls up by its code.
     */
    private record NamespacedCase(HandComputedCase original, String sourceSystem, Map<String, String> segments,
                                  List<Organisation> organisations, List<OrganisationSuccession> successions,
                                  List<DossierRecord> records, List<DossierEvent> events) {
        private static final Pattern AGENCY_ID = Pattern.compile("^(\\d{3}\\.\\d{2}\\.\\d{2}\\.)([A-Z]\\d{2})$");
        private static final int SEGMENTS = 198;

        /** Case number {@code number}, whose segments start after the {@code segmentsUsed} taken by earlier cases. */
        static NamespacedCase of(HandComputedCase c, int number, int segmentsUsed) {
            String source = String.format("case-%02d", number);
            Set<String> used = new TreeSet<>();
            c.organisations().forEach(o -> {
                segment(o.code()).ifPresent(used::add);
                segment(o.parentCode()).ifPresent(used::add);
            });
            c.successions().forEach(s -> {
                segment(s.predecessorCode()).ifPresent(used::add);
                segment(s.successorCode()).ifPresent(used::add);
            });
            c.records().forEach(r -> segment(r.handlingOrgCode()).ifPresent(used::add));
            c.expectedOrgCodes().forEach(code -> segment(code).ifPresent(used::add));
            if (segmentsUsed + used.size() > SEGMENTS) {
                throw new IllegalStateException("more level-1 segments in the cases than H01–H99, G01–G99");
            }
            Map<String, String> segments = new HashMap<>();
            int next = segmentsUsed + 1;
            for (String segment : used) {
                segments.put(segment, next <= 99 ? String.format("H%02d", next) : String.format("G%02d", next - 99));
                next++;
            }
            NamespacedCase partial = new NamespacedCase(c, source, segments, List.of(), List.of(), List.of(),
                    List.of());
            List<Organisation> organisations = c.organisations().stream()
                    .map(o -> new Organisation(partial.namespaced(o.code()), o.name(), o.level(), o.kind(),
                            partial.namespaced(o.parentCode()), o.validFrom(), o.validTo(), o.codeScheme()))
                    .toList();
            List<OrganisationSuccession> successions = c.successions().stream()
                    .map(s -> new OrganisationSuccession(partial.namespaced(s.predecessorCode()),
                            partial.namespaced(s.successorCode()), s.effectiveDate(), s.kind(), s.primary()))
                    .toList();
            List<DossierRecord> records = c.records().stream()
                    .map(r -> {
                        if (r.handlingOrgCode() == null) {
                            throw new IllegalStateException("case " + c.name() + ": a record without handling "
                                    + "organisation would roll up by its dossier code, which is not namespaced");
                        }
                        return new DossierRecord(source, r.dossierCode(), r.procedureCode(), r.procedureName(),
                                r.sectorCode(), r.sectorName(), r.channel(), r.applicantType(), r.summary(),
                                partial.namespaced(r.handlingOrgCode()), r.handlingOrgName(), r.receivedAt(),
                                r.dueAt(), r.status(), r.finishedAt(), r.returnedAt(), r.supplements(),
                                r.originalDossierCode(), r.sourceUpdatedAt());
                    })
                    .toList();
            List<DossierEvent> events = c.events().stream()
                    .map(e -> new DossierEvent(source, e.dossierCode(), e.eventId(), e.occurredAt(), e.status(),
                            e.handler(), e.handlerTitle(), e.department(), e.content(), e.stepStartedAt(),
                            e.stepDueAt()))
                    .toList();
            return new NamespacedCase(c, source, segments, organisations, successions, records, events);
        }

        private static Optional<String> segment(String code) {
            if (code == null) {
                return Optional.empty();
            }
            Matcher m = AGENCY_ID.matcher(code);
            return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
        }

        /** The case's code in the shared warehouse. */
        String namespaced(String code) {
            return rewrite(code, segments);
        }

        /** The case's original code of a namespaced one. */
        String originalCode(String code) {
            Map<String, String> back = new HashMap<>();
            segments.forEach((from, to) -> back.put(to, from));
            return rewrite(code, back);
        }

        /** Whether a namespaced code is one of this case's. */
        boolean owns(String code) {
            return segment(code).map(segments::containsValue).orElse(false);
        }

        private static String rewrite(String code, Map<String, String> segments) {
            if (code == null) {
                return null;
            }
            Matcher m = AGENCY_ID.matcher(code);
            if (!m.matches() || !segments.containsKey(m.group(2))) {
                throw new IllegalStateException("not a namespaced agency code: " + code);
            }
            return m.group(1) + segments.get(m.group(2));
        }
    }

    private static void ingest(DeltaWarehouse warehouse, String batchId, List<DossierRecord> records,
                               List<DossierEvent> events) {
        IngestBatch batch = warehouse.openBatch(batchId);
        batch.addDossiers(records);
        batch.addEvents(events);
        batch.commit();
    }
}
