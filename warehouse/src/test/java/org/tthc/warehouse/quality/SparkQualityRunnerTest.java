package org.tthc.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.warehouse.quality.PlantedDossiers.CLOCK;
import static org.tthc.warehouse.quality.PlantedDossiers.DECEMBER;
import static org.tthc.warehouse.quality.PlantedDossiers.OCTOBER;
import static org.tthc.warehouse.quality.PlantedDossiers.PLANTED;
import static org.tthc.warehouse.quality.PlantedDossiers.TODAY;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

class SparkQualityRunnerTest {
    @TempDir
    static Path roots;

    private static DeltaWarehouse planted;
    private static QualityRuns runs;
    private static QualityRun october;
    private static QualityRun afterLoad;

    @BeforeAll
    static void plantAndRunOctober() {
        planted = PlantedDossiers.planted(roots.resolve("planted"));
        runs = QualityRuns.spark(planted, CLOCK);
        october = runs.run(CheckScope.of(OCTOBER));
        afterLoad = runs.afterLoad("batch-7");
    }

    static Stream<String> checkIds() {
        return PLANTED.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("checkIds")
    void eachCheckFindsExactlyTheRowsPlantedForIt(String checkId) {
        CheckResult result = byId(october).get(checkId);
        List<String> planted = PLANTED.get(checkId);

        assertThat(result.failure()).isNull();
        assertThat(result.affected()).isEqualTo(planted.size());
        assertThat(result.samples()).containsExactlyElementsOf(planted.stream().map(r -> r.split(" ")[0]).toList());
        assertThat(keys(runs.details(checkId, CheckScope.of(OCTOBER), 50))).containsExactlyElementsOf(planted);
    }

    @Test
    void theSeededChecksAreExactlyThoseWithPlantedRows() {
        assertThat(october.results()).extracting(CheckResult::checkId).containsExactlyElementsOf(PLANTED.keySet());
    }

    @Test
    void cleanDataGivesNoFindingInThePeriodNorInTheWholeWarehouse() {
        DeltaWarehouse clean = PlantedDossiers.clean(roots.resolve("clean"));
        QualityRuns cleanRuns = QualityRuns.spark(clean, CLOCK);

        for (CheckScope scope : List.of(CheckScope.of(OCTOBER), CheckScope.wholeWarehouse())) {
            assertThat(cleanRuns.run(scope).results()).as(scope.describe())
                    .allSatisfy(r -> assertThat(r.affected()).as(r.checkId()).isZero());
        }
    }

    @Test
    void rowsWithoutAUsableReceiveDateAreScopedByTheirOtherDatesOrShownInEveryPeriod() {
        Map<String, CheckResult> december = byId(runs.run(CheckScope.of(DECEMBER)));

        // M4 is placed in December by its due date; M2 has no date at all; F2 was received in 2052
        assertThat(december.get("missing-receive-date").samples()).containsExactly("H99-M2", "H99-M4");
        assertThat(december.get("date-in-the-future").samples()).containsExactly("H99-F2");
        assertThat(december.values()).filteredOn(CheckResult::isFinding).extracting(CheckResult::checkId)
                .containsExactlyInAnyOrder("missing-receive-date", "date-in-the-future");
    }

    @Test
    void theWholeWarehouseHoldsEveryPeriodsFindings() {
        Map<String, CheckResult> all = byId(afterLoad);

        assertThat(all.get("missing-receive-date").samples()).containsExactly("H99-M1", "H99-M2", "H99-M4");
        PLANTED.forEach((id, rows) -> assertThat(all.get(id).affected()).as(id)
                .isEqualTo(id.equals("missing-receive-date") ? 3 : rows.size()));
    }

    @Test
    void detailsCarryTheDeclaredColumnsAsText() {
        DetailRows due = runs.details("due-on-non-working-day", CheckScope.of(OCTOBER), 1);

        assertThat(due.columns()).containsExactly("dossier_code", "source_system", "procedure_code", "received_at",
                "due_at", "day_kind");
        assertThat(due.rows()).containsExactly(List.of("H99-W1", "portal", PlantedDossiers.LEVEL_4,
                "2025-10-01 08:00:00", "2025-10-04 10:00:00", "WEEKEND"));
        assertThat(runs.details("due-on-non-working-day", CheckScope.of(OCTOBER), 5).rows().get(1))
                .endsWith("2026-01-01 17:00:00", "HOLIDAY");
    }

    @Test
    void everyRunIsStoredWithItsScopeEngineAndBatch() {
        List<Row> stored = planted.table(WarehouseTable.QUALITY_RESULT)
                .where("run_id = '" + afterLoad.runId() + "'")
                .orderBy("check_id").collectAsList();
        assertThat(stored).hasSize(PLANTED.size()).allSatisfy(row -> {
            assertThat(row.<String>getAs("scope")).isEqualTo("all");
            assertThat(row.<Object>getAs("period_from")).isNull();
            assertThat(row.<String>getAs("engine")).isEqualTo("spark");
            assertThat(row.<String>getAs("batch_id")).isEqualTo("batch-7");
            assertThat(row.<Object>getAs("computed_at")).isEqualTo(TODAY.atTime(10, 0));
        });
        Row endedBefore = stored.stream().filter(r -> r.getAs("check_id").equals("ended-before-received")).findFirst()
                .orElseThrow();
        assertThat(endedBefore.<String>getAs("severity")).isEqualTo("error");
        assertThat(endedBefore.<Long>getAs("affected")).isEqualTo(2);
        assertThat(endedBefore.getList(endedBefore.fieldIndex("samples"))).containsExactly("H99-E1", "H99-E2");
    }

    @Test
    void aCheckThatCannotRunIsAFailedResultAndTheOthersStillRun() {
        QualityChecks checks = QualityChecks.parse("""
                checks:
                  - id: broken
                    name: Reads a table that does not exist
                    severity: error
                    explanation: x
                    recommendation: y
                    columns: [dossier_code]
                    sql:
                      summary: SELECT count(*) AS affected FROM no_such_table
                      details: SELECT dossier_code FROM no_such_table
                  - id: every-dossier
                    name: Counts dossiers
                    severity: info
                    explanation: x
                    recommendation: y
                    columns: [dossier_code]
                    sql:
                      summary: SELECT count(*) AS affected FROM dossier WHERE received_at < {period_end}
                      details: SELECT dossier_code FROM dossier ORDER BY dossier_code
                """, "test.yaml");
        QualityRuns custom = new QualityRuns(checks, new SparkQualityRunner(planted), new QualityResults(planted), CLOCK);

        QualityRun run = custom.run(CheckScope.of(OCTOBER));

        assertThat(run.results().get(0).failed()).isTrue();
        assertThat(run.results().get(0).failure()).contains("no_such_table");
        assertThat(run.results().get(1).affected()).isPositive();
    }

    private static Map<String, CheckResult> byId(QualityRun run) {
        return run.results().stream().collect(Collectors.toMap(CheckResult::checkId, Function.identity()));
    }

    private static List<String> keys(DetailRows details) {
        return details.rows().stream().map(row -> row.get(0) + " " + row.get(1)).toList();
    }
}
