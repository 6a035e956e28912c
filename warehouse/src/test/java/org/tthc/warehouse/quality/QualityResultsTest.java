package org.tthc.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.warehouse.quality.PlantedDossiers.CLOCK;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.delta.DeltaWarehouse;

/** A run stored in {@code gold/quality_result} reads back as it was made, the latest of its scope. */
class QualityResultsTest {
    private static final Period SEPTEMBER = Period.month(2025, 9);

    @TempDir
    static Path root;

    private static DeltaWarehouse warehouse;

    @BeforeAll
    static void plant() {
        warehouse = PlantedDossiers.planted(root);
    }

    @Test
    void theLatestRunOfAScopeReadsBackWithItsResultsInTheOrderOfTheChecks() {
        QualityRuns earlier = QualityRuns.spark(warehouse, CLOCK);
        QualityRuns later = QualityRuns.spark(warehouse, Clock.offset(CLOCK, Duration.ofMinutes(5)));
        earlier.run(CheckScope.of(SEPTEMBER));
        QualityRun made = later.run(CheckScope.of(SEPTEMBER), later.checks().all(), "batch-7");

        QualityRun read = later.latest(CheckScope.of(SEPTEMBER)).orElseThrow();

        assertThat(read).isEqualTo(made);
        assertThat(read.results()).extracting(CheckResult::checkId)
                .containsExactlyElementsOf(later.checks().all().stream().map(QualityCheck::id).toList());
    }

    @Test
    void aScopeNeverCheckedHasNoLatestRun() {
        assertThat(QualityRuns.spark(warehouse, CLOCK).latest(CheckScope.of(Period.month(2019, 1)))).isEmpty();
    }

    @Test
    void theWholeWarehouseIsAScopeOfItsOwn() {
        QualityRuns runs = QualityRuns.spark(warehouse, CLOCK);
        QualityRun whole = runs.afterLoad("batch-1");

        assertThat(runs.latest(CheckScope.wholeWarehouse())).contains(whole);
        assertThat(runs.latest(CheckScope.of(Period.month(2018, 1)))).isEmpty();
    }
}
