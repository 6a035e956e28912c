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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.HandComputedCase;
import org.tthc.domain.statistics.HandComputedCases;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RandomHistories;
import org.tthc.domain.statistics.ReferenceStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.spark.SharedSpark;

/** Spark against the domain's own fixtures: its random histories and its hand-computed cases. */
class DomainFixturesCrossEngineTest {
    @TempDir
    Path root;

    @Test
    void sparkStatisticsEqualTheReferenceOnTheDomainsRandomHistories() {
        RandomHistories.History history = RandomHistories.generate(new Random(766), 600);
        List<DossierRecord> records = history.records();
        int half = records.size() / 2;
        List<DossierRecord> first = records.subList(0, half);
        List<DossierRecord> second = records.subList(Math.max(0, half - 50), records.size()); // re-sends 50
        DeltaWarehouse warehouse = new DeltaWarehouse(SharedSpark.session(), root);
        warehouse.upsertOrganisations(history.organisations());
        ingest(warehouse, "domain-1", first, history.events());
        ingest(warehouse, "domain-2", second, history.events());
        List<Period> periods = CrossEngineStatisticsTest.periods();

        Map<Period, Map<String, PeriodStatistics>> spark =
                new SparkStatistics(warehouse).computeAll(periods, CrossEngineStatisticsTest.TODAY);

        ReferenceStatistics reference = new ReferenceStatistics(RuleSet.R2025_1, WorkingCalendar.vietnam(),
                history.catalogue());
        List<DossierRecord> arrived = Stream.concat(first.stream(), second.stream()).toList();
        for (Period period : periods) {
            assertSameStatistics("the domain's random history", period, spark.get(period),
                    reference.compute(arrived, history.events(), period, CrossEngineStatisticsTest.TODAY));
        }
    }

    /**
     * Every hand-computed case in one warehouse and one batch: each case gets its own source system and its own
     * level-1 segment ({@code 000.00.12.H99} of case 7 becomes {@code 000.00.12.H07}), so no case's dossiers reach
     * another case's organisations; event ids are kept (deduplication is per source system). Within the batch the
     * records keep their arrival order: a later arrival wins a tie between equal versions, as in the reference.
     * Spark computes all periods once per distinct {@code today}; each case's organisations, mapped back to their
     * original codes, must have the case's expected statistics, and the reference on the same data must agree.
     */
    @Test
    void sparkStatisticsEqualTheHandComputedCases() {
        List<HandComputedCase> all = HandComputedCases.all();
        List<NamespacedCase> cases = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            cases.add(NamespacedCase.of(all.get(i), i + 1));
        }
        assertThat(cases).as("hand-computed cases").isNotEmpty();

        DeltaWarehouse warehouse = new DeltaWarehouse(SharedSpark.session(), root);
        List<Organisation> organisations = cases.stream().flatMap(c -> c.organisations().stream()).toList();
        List<DossierRecord> records = cases.stream().flatMap(c -> c.records().stream()).toList();
        List<DossierEvent> events = cases.stream().flatMap(c -> c.events().stream()).toList();
        warehouse.upsertOrganisations(organisations);
        ingest(warehouse, "hand-computed", records, events);

        SparkStatistics spark = new SparkStatistics(warehouse);
        ReferenceStatistics reference = new ReferenceStatistics(RuleSet.R2025_1, WorkingCalendar.vietnam(),
                new OrganisationCatalogue(organisations));
        Map<LocalDate, List<NamespacedCase>> byToday = new TreeMap<>();
        cases.forEach(c -> byToday.computeIfAbsent(c.original().today(), t -> new ArrayList<>()).add(c));
        for (Map.Entry<LocalDate, List<NamespacedCase>> group : byToday.entrySet()) {
            LocalDate today = group.getKey();
            List<Period> periods = group.getValue().stream().map(c -> c.original().period()).distinct().toList();
            Map<Period, Map<String, PeriodStatistics>> computed = spark.computeAll(periods, today);
            for (Period period : periods) {
                Map<String, PeriodStatistics> sparkStatistics = computed.getOrDefault(period, Map.of());
                assertSameStatistics("all hand-computed cases on " + today, period, sparkStatistics,
                        reference.compute(records, events, period, today));
                for (String org : sparkStatistics.keySet()) {
                    assertThat(cases.stream().anyMatch(c -> c.owns(org)))
                            .as("organisation %s of Spark's %s on %s belongs to a case", org, period, today).isTrue();
                }
            }
            for (NamespacedCase c : group.getValue()) {
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
     * A hand-computed case moved into its own namespace: source system {@code case-nn}, and every agency code's
     * level-1 segment replaced by one of the case's own ({@code Hnn}, then {@code Gnn}), keeping the code's shape
     * so an unknown organisation still rolls up by its code.
     */
    private record NamespacedCase(HandComputedCase original, String sourceSystem, Map<String, String> segments,
                                  List<Organisation> organisations, List<DossierRecord> records,
                                  List<DossierEvent> events) {
        private static final Pattern AGENCY_ID = Pattern.compile("^(\\d{3}\\.\\d{2}\\.\\d{2}\\.)([A-Z]\\d{2})$");

        static NamespacedCase of(HandComputedCase c, int number) {
            String source = String.format("case-%02d", number);
            Set<String> used = new TreeSet<>();
            c.organisations().forEach(o -> {
                segment(o.code()).ifPresent(used::add);
                segment(o.parentCode()).ifPresent(used::add);
            });
            c.records().forEach(r -> segment(r.handlingOrgCode()).ifPresent(used::add));
            c.expectedOrgCodes().forEach(code -> segment(code).ifPresent(used::add));
            if (used.size() != 1) {
                throw new IllegalStateException("case " + c.name() + " uses level-1 segments " + used
                        + "; the namespacing gives each case one");
            }
            if (number > 198) {
                throw new IllegalStateException("more cases than level-1 segments H01–H99, G01–G99");
            }
            String own = number <= 99 ? String.format("H%02d", number) : String.format("G%02d", number - 99);
            Map<String, String> segments = Map.of(used.iterator().next(), own);
            NamespacedCase partial = new NamespacedCase(c, source, segments, List.of(), List.of(), List.of());
            List<Organisation> organisations = c.organisations().stream()
                    .map(o -> new Organisation(partial.namespaced(o.code()), o.name(), o.level(), o.kind(),
                            partial.namespaced(o.parentCode()), o.validFrom(), o.validTo()))
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
            return new NamespacedCase(c, source, segments, organisations, records, events);
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
