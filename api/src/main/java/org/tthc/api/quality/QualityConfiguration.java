package org.tthc.api.quality;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.quality.QualityChecks;
import org.tthc.warehouse.quality.QualityGate;
import org.tthc.warehouse.quality.QualityOverrides;
import org.tthc.warehouse.quality.QualityResults;
import org.tthc.warehouse.quality.QualityRuns;
import org.tthc.warehouse.quality.SparkQualityRunner;

/**
 * The quality checks as the API reads them: the stored runs of {@code gold/quality_result}, the gate's decision on
 * them, and a check's rows found now by Spark SQL. Built without {@code QualityRuns.spark}'s calendar refresh, so the
 * app starts without a Spark job for it: every load and every gate decision refreshes the calendar first.
 */
@Configuration(proxyBeanMethods = false)
public class QualityConfiguration {

    @Bean
    QualityRuns qualityRuns(DeltaWarehouse warehouse, Clock clock) {
        return new QualityRuns(QualityChecks.bundled(), new SparkQualityRunner(warehouse),
                new QualityResults(warehouse), clock);
    }

    @Bean
    QualityGate qualityGate(QualityRuns runs, DeltaWarehouse warehouse, Clock clock) {
        return new QualityGate(runs, new QualityOverrides(warehouse), clock);
    }
}
