package org.tthc.api.national;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.tthc.api.config.WarehouseProperties;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.control.ControlProperties;
import org.tthc.api.national.dossier.DossierSync;
import org.tthc.api.national.dossier.DossierSyncProperties;
import org.tthc.api.national.dossier.DossierSyncSchedule;
import org.tthc.api.statistics.StatisticsService;
import org.tthc.domain.packet.PacketJsonSchemas;
import org.tthc.domain.rating.RatingGrades;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.quality.QualityGate;
import org.tthc.warehouse.statistics.GoldRatings;
import org.tthc.warehouse.statistics.GoldStatistics;

/**
 * Wires the control database, the national outbox and, when {@code tthc.national.base-url} is set, its delivery in
 * the background; and the scheduled queueing of dossier packets and of closed periods' statistics packets, each off
 * until configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class NationalConfiguration {

    @Bean(destroyMethod = "close")
    ControlDatabase controlDatabase(ControlProperties control, WarehouseProperties platform) {
        ControlProperties.Datasource ds = control.datasource();
        return ControlDatabase.open(ds.url(), ds.user(), ds.password(), platform.dataDir());
    }

    @Bean
    Outbox nationalOutbox(ControlDatabase database) {
        return new Outbox(database);
    }

    @Bean(destroyMethod = "close")
    NationalDelivery nationalDelivery(Outbox outbox, NationalProperties national, Clock clock) {
        return NationalDelivery.start(outbox, national, clock);
    }

    @Bean
    DossierSync dossierSync(PortalDatabase portal, ControlDatabase control, Outbox outbox, NationalProperties national,
                            Clock clock) {
        return new DossierSync(portal.dsl(), control, outbox, national, new PacketJsonSchemas(), clock);
    }

    @Bean
    DossierSyncSchedule dossierSyncSchedule(DossierSync sync, DossierSyncProperties settings) {
        return new DossierSyncSchedule(sync, settings);
    }

    @Bean
    StatisticsPushSchedule statisticsPushSchedule(DeltaWarehouse warehouse, StatisticsService statistics,
                                                  Outbox outbox, StatisticsPushProperties schedule,
                                                  NationalProperties national, Clock clock) {
        return new StatisticsPushSchedule(() -> new StatisticsSubmission(new GoldStatistics(warehouse, clock),
                new GoldRatings(warehouse, RatingGrades.DEFAULT, clock), statistics,
                QualityGate.spark(warehouse, clock)::check, outbox, national, clock), outbox, schedule, national,
                clock);
    }
}
