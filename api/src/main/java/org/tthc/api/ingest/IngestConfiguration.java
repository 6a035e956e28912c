package org.tthc.api.ingest;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.tthc.api.config.IngestionProperties;
import org.tthc.api.config.WarehouseProperties;
import org.tthc.api.control.ControlDatabase;
import org.tthc.ingestion.personal.PersonalDataKey;
import org.tthc.ingestion.ledger.RunLedger;
import org.tthc.ingestion.push.PacketPush;
import org.tthc.ingestion.quarantine.Quarantine;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.warehouse.delta.DeltaWarehouse;

/**
 * Wires ingestion in the app: the HTTP push (keys, the idempotency answers in the control database), the run
 * history and quarantine reads, the scheduled portal-lite pull, and the lock that keeps them one run at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IngestConfiguration {

    @Bean
    IngestionLock ingestionLock() {
        return new IngestionLock();
    }

    @Bean
    PushKeys pushKeys(PushProperties properties) {
        return new PushKeys(properties);
    }

    @Bean
    PacketPushService packetPushService(DeltaWarehouse warehouse, ControlDatabase control, IngestionLock lock,
                                        IngestionProperties ingestion, WarehouseProperties platform, Clock clock) {
        var hasher = PersonalDataKey.hasher(ingestion.piiKey(), platform.dataDir());
        return new PacketPushService(new PacketPush(warehouse, clock, hasher), new PushAnswers(control), lock, clock);
    }

    @Bean
    RunLedger runLedger(DeltaWarehouse warehouse, Clock clock) {
        return new RunLedger(warehouse, clock);
    }

    @Bean
    Quarantine quarantine(DeltaWarehouse warehouse) {
        return new Quarantine(warehouse);
    }

    @Bean
    PortalPullSchedule portalPullSchedule(DeltaWarehouse warehouse, PortalDatabase portal, IngestionLock lock,
                                          IngestionProperties ingestion, WarehouseProperties platform, Clock clock) {
        return new PortalPullSchedule(warehouse, portal,
                PersonalDataKey.hasher(ingestion.piiKey(), platform.dataDir()), lock, clock);
    }
}
