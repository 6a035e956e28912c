package org.tthc.api.ingest;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tthc.api.config.IngestionProperties;
import org.tthc.api.config.WarehouseProperties;
import org.tthc.api.control.ControlDatabase;
import org.tthc.ingestion.personal.PersonalDataKey;
import org.tthc.ingestion.push.PacketPush;
import org.tthc.warehouse.delta.DeltaWarehouse;

/** Wires the HTTP push: keys, the idempotency answers in the control database, and the one-run-at-a-time lock. */
@Configuration(proxyBeanMethods = false)
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
}
