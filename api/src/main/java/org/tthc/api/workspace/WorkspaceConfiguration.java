package org.tthc.api.workspace;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tthc.api.control.ControlDatabase;
import org.tthc.warehouse.Warehouse;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.process.StepTimes;
import org.tthc.warehouse.statistics.Explain;
import org.tthc.warehouse.statistics.SparkRatings;

/** The analysts' workspace (docs/workspace.md): what its pages read. */
@Configuration(proxyBeanMethods = false)
public class WorkspaceConfiguration {

    @Bean
    QueryHistory queryHistory(ControlDatabase control, Clock clock) {
        return new QueryHistory(control, clock);
    }

    @Bean
    Dashboards dashboards(Warehouse warehouse, DeltaWarehouse delta, Clock clock) {
        return new Dashboards(warehouse, new SparkRatings(delta), delta, clock);
    }

    @Bean
    Explain explain(DeltaWarehouse delta) {
        return new Explain(delta);
    }

    @Bean
    StepTimes stepTimes(DeltaWarehouse delta) {
        return new StepTimes(delta);
    }
}
