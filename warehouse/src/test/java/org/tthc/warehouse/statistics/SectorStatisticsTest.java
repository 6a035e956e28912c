package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.statistics.DossierDsl.dossier;
import static org.tthc.domain.statistics.HandComputedCases.COMMUNE;
import static org.tthc.domain.statistics.HandComputedCases.DEPARTMENT;
import static org.tthc.domain.statistics.HandComputedCases.DISTRICT;
import static org.tthc.domain.statistics.HandComputedCases.PROVINCE;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.HandComputedCases;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.domain.statistics.SectorStatistics;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.spark.SharedSpark;

/**
 * The statistics per organisation and sector (form 06's sector rows), by hand on six dossiers of October 2025 in
 * a province with a district, its commune and a department: the counts of each sector, rolled up like the statistics
 * and adding up to them, the dossiers without a sector apart, the sector's name as of the period, and gold's split at
 * the versions gold recorded.
 */
class SectorStatisticsTest {
    private static final LocalDate TODAY = CrossEngineStatisticsTest.TODAY;
    private static final Period OCTOBER = Period.month(2025, 10);
    private static final String RULE_SET = RuleSet.inForceOn(OCTOBER.to()).id();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T03:00:00Z"), ZoneOffset.UTC);

    private static final List<DossierRecord> DOSSIERS = List.of(
            // the district's, carried over from September, pending in time; the sector's older name
            dossier("H99-X1").at(DISTRICT).sector("S01", "Tư pháp - Hộ tịch").receivedAt("2025-09-20 09:00")
                    .due("2025-12-31 17:00").status(4).build(),
            // the commune's: one solved ahead of time, one pending past its due date
            dossier("H99-C1").at(COMMUNE).sector("S01", "Hộ tịch").receivedAt("2025-10-02 09:00")
                    .due("2025-10-08 17:00").status(10).finishedAt("2025-10-05 10:00").build(),
            dossier("H99-C2").at(COMMUNE).sector("S02", "Đất đai").receivedAt("2025-10-03 09:00")
                    .due("2025-10-06 17:00").status(4).build(),
            // the department's: one without a sector, pending without a due date; one online, solved late
            dossier("H99-D1").at(DEPARTMENT).sector(null, null).receivedAt("2025-10-10 09:00").status(4).build(),
            dossier("H99-D2").at(DEPARTMENT).sector("S02", "Đất đai").online().receivedAt("2025-10-11 09:00")
                    .due("2025-10-15 17:00").status(10).finishedAt("2025-10-20 10:00").build(),
            // received after October: not in play, and its new name of S01 is not October's
            dossier("H99-C3").at(COMMUNE).sector("S01", "Hộ tịch mới").receivedAt("2025-11-05 09:00")
                    .due("2025-11-10 17:00").status(4).build());

    @TempDir
    Path root;

    @Test
    void eachSectorCountsItsOwnDossiersRolledUpAndTheSectorsAddUpToTheStatistics() {
        DeltaWarehouse warehouse = warehouse(DOSSIERS);
        SparkStatistics spark = new SparkStatistics(warehouse);

        List<SectorStatistics> bySector = spark.computeBySector(List.of(OCTOBER), TODAY, OrganisationView.AS_REPORTED)
                .get(OCTOBER);

        // (org, total, preExisting, newReception, online, solved, inTime, ahead, late, pending, pendingLate)
        // in order of organisation code (province, district, department, commune), then sector code
        assertThat(bySector).containsExactly(
                sector("S01", "Hộ tịch", PROVINCE, 2, 1, 1, 0, 1, 1, 1, 0, 1, 0),
                sector("S02", "Đất đai", PROVINCE, 2, 0, 2, 1, 1, 0, 0, 1, 1, 1),
                sector(null, null, PROVINCE, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0),
                sector("S01", "Hộ tịch", DISTRICT, 2, 1, 1, 0, 1, 1, 1, 0, 1, 0),
                sector("S02", "Đất đai", DISTRICT, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1),
                sector("S02", "Đất đai", DEPARTMENT, 1, 0, 1, 1, 1, 0, 0, 1, 0, 0),
                sector(null, null, DEPARTMENT, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0),
                sector("S01", "Hộ tịch", COMMUNE, 1, 0, 1, 0, 1, 1, 1, 0, 0, 0),
                sector("S02", "Đất đai", COMMUNE, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1));
        assertThat(summed(bySector)).isEqualTo(spark.compute(OCTOBER, TODAY, OrganisationView.AS_REPORTED));
    }

    @Test
    void goldsSplitIsTakenAtTheVersionsGoldRecordedAndAddsUpToTheStoredNumbers() {
        DeltaWarehouse warehouse = warehouse(DOSSIERS);
        GoldStatistics gold = new GoldStatistics(warehouse, CLOCK);
        SparkStatistics spark = new SparkStatistics(warehouse);
        assertThat(gold.sectorStatistics(OCTOBER, OrganisationView.AS_REPORTED)).as("nothing stored yet").isEmpty();
        Map<String, PeriodStatistics> stored = gold.recompute(List.of(OCTOBER), TODAY, OrganisationView.AS_REPORTED)
                .get(OCTOBER);
        List<SectorStatistics> before = spark.computeBySector(List.of(OCTOBER), TODAY, OrganisationView.AS_REPORTED)
                .get(OCTOBER);

        IngestBatch later = warehouse.openBatch("later");
        later.addDossiers(List.of(dossier("H99-D3").at(DEPARTMENT).sector("S03", "Xây dựng")
                .receivedAt("2025-10-20 09:00").status(4).build()));
        later.commit();

        assertThat(spark.computeBySector(List.of(OCTOBER), TODAY, OrganisationView.AS_REPORTED).get(OCTOBER))
                .as("silver has changed").isNotEqualTo(before);
        List<SectorStatistics> fromGold = gold.sectorStatistics(OCTOBER, OrganisationView.AS_REPORTED);
        assertThat(fromGold).isEqualTo(before);
        assertThat(summed(fromGold)).isEqualTo(stored).isEqualTo(gold.read(OCTOBER, OrganisationView.AS_REPORTED));
    }

    private DeltaWarehouse warehouse(List<DossierRecord> dossiers) {
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        warehouse.upsertOrganisations(HandComputedCases.HIERARCHY);
        IngestBatch batch = warehouse.openBatch("sectors");
        batch.addDossiers(dossiers);
        batch.commit();
        return warehouse;
    }

    /** Each organisation's sectors added up, count by count. */
    private static Map<String, PeriodStatistics> summed(List<SectorStatistics> bySector) {
        Map<String, PeriodStatistics> sums = new TreeMap<>();
        for (SectorStatistics s : bySector) {
            sums.merge(s.orgCode(), s.statistics(), SectorStatisticsTest::plus);
        }
        return sums;
    }

    private static PeriodStatistics plus(PeriodStatistics a, PeriodStatistics b) {
        return new PeriodStatistics(a.orgCode(), a.period(), a.ruleSet(), a.total() + b.total(),
                a.preExisting() + b.preExisting(), a.newReception() + b.newReception(),
                a.newReceptionOnline() + b.newReceptionOnline(), a.totalSolved() + b.totalSolved(),
                a.solvedInTime() + b.solvedInTime(), a.solvedAheadOfTime() + b.solvedAheadOfTime(),
                a.solvedLate() + b.solvedLate(), a.totalPending() + b.totalPending(), a.pendingLate() + b.pendingLate());
    }

    private static SectorStatistics sector(String code, String name, String org, long total, long preExisting,
                                           long newReception, long online, long solved, long inTime, long ahead,
                                           long late, long pending, long pendingLate) {
        return new SectorStatistics(code, name, new PeriodStatistics(org, OCTOBER, RULE_SET, total, preExisting,
                newReception, online, solved, inTime, ahead, late, pending, pendingLate));
    }
}
