package org.tthc.api.portal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.demo.DemoProvince;

/**
 * With {@code tthc.portal.demo-seed} on, seeds an empty portal-lite store with the sample province
 * ({@link DemoProvince}: the demo catalogue and its dossiers, made through portal-lite's own services), so that
 * {@code ./tthc run} has pages, an inbox and dossiers to pull on first start. A store with dossiers is left alone.
 */
@Component
@Order(-10)
public class PortalDemoSeed implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(PortalDemoSeed.class);

    private final PortalDatabase database;
    private final PortalProperties properties;
    private final Clock clock;
    private final WorkingHours workingHours;

    public PortalDemoSeed(PortalDatabase database, PortalProperties properties, Clock clock,
                          WorkingHours workingHours) {
        this.database = database;
        this.properties = properties;
        this.clock = clock;
        this.workingHours = workingHours;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoSeed()) {
            return;
        }
        long started = System.nanoTime();
        DemoProvince.Seeded seeded = new DemoProvince(database, clock, workingHours).seedIfEmpty();
        if (seeded.catalogue() || seeded.dossiers() > 0) {
            log.info("portal-lite: seeded the sample province ({}{} dossiers by status {}) in {} ms",
                    seeded.catalogue() ? "demo catalogue, " : "", seeded.dossiers(), seeded.dossiersByStatus(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
