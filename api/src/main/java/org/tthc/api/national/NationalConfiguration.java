package org.tthc.api.national;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tthc.api.config.WarehouseProperties;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.control.ControlProperties;

/**
 * Wires the control database, the national outbox and, when {@code tthc.national.base-url} is set, its delivery in
 * the background.
 */
@Configuration(proxyBeanMethods = false)
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
}
