package org.tthc.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.clickhouse.SharedChdb;
import org.tthc.warehouse.clickhouse.TestSettings;
import org.tthc.warehouse.delta.DeltaWarehouse;

/**
 * The checks' one SQL text means the same on every engine: on the planted dossiers mirrored into the ClickHouse
 * server (18.16) and into chDB (26.7), each check finds the same count and the same detail rows as on Spark, for
 * months, a year and the whole warehouse. ({@link SparkQualityRunnerTest} shows Spark finds exactly what was planted.)
 */
class ClickHouseQualityRunnerTest {
    @TempDir
    Path root;

    @Test
    void everyCheckFindsOnClickHouseWhatItFindsOnSpark() {
        DeltaWarehouse warehouse = PlantedDossiers.planted(root.resolve("warehouse"));
        SparkQualityRunner spark = new SparkQualityRunner(warehouse);
        List<CheckScope> scopes = List.of(CheckScope.of(PlantedDossiers.OCTOBER), CheckScope.of(PlantedDossiers.DECEMBER),
                CheckScope.of(Period.year(2025)), CheckScope.wholeWarehouse());
        // Spark's answer to each (scope, check) once, held against both ClickHouse engines
        Map<String, Answer> onSpark = new LinkedHashMap<>();
        for (CheckScope scope : scopes) {
            for (QualityCheck check : QualityChecks.bundled().all()) {
                onSpark.put(scope.label() + ", " + check.id(),
                        new Answer(spark.run(check, scope, PlantedDossiers.TODAY),
                                spark.details(check, scope, PlantedDossiers.TODAY, 50)));
            }
        }
        for (ClickHouseEngine engine : List.of(TestSettings.server(), SharedChdb.engine())) {
            new ClickHouseMirror(warehouse, engine, message -> { }).mirrorAll();
            ClickHouseQualityRunner clickHouse = new ClickHouseQualityRunner(engine);
            for (CheckScope scope : scopes) {
                for (QualityCheck check : QualityChecks.bundled().all()) {
                    String key = scope.label() + ", " + check.id();
                    String what = engine.description() + ", " + key;
                    assertThat(clickHouse.run(check, scope, PlantedDossiers.TODAY)).as(what)
                            .isEqualTo(onSpark.get(key).result());
                    assertThat(clickHouse.details(check, scope, PlantedDossiers.TODAY, 50)).as("details, " + what)
                            .isEqualTo(onSpark.get(key).details());
                }
            }
        }
    }

    private record Answer(CheckResult result, DetailRows details) {
    }
}
