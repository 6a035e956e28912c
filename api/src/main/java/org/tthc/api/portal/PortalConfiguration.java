package org.tthc.api.portal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tthc.api.config.WarehouseProperties;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.database.PortalDatabaseSettings;
import org.tthc.portal.document.DocumentStore;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.rating.RatingService;
import org.tthc.portal.view.PortalQueries;
import org.tthc.portal.workflow.DossierWorkflow;

/**
 * Wires portal-lite into the app: its own pooled store (H2 under the data folder, or PostgreSQL) migrated by its own
 * Flyway on open, and its services. Spring Boot's DataSource, Flyway and jOOQ auto-configurations are excluded
 * ({@code TthcApplication}), so nothing else opens or migrates a database.
 */
@Configuration(proxyBeanMethods = false)
public class PortalConfiguration {

    @Bean(destroyMethod = "close")
    PortalDatabase portalDatabase(PortalProperties portal, WarehouseProperties platform) {
        PortalProperties.Datasource ds = portal.datasource();
        return PortalDatabase.open(PortalDatabaseSettings.of(ds.url(), ds.user(), ds.password(), platform.dataDir()));
    }

    @Bean
    WorkingHours workingHours() {
        return WorkingHours.standard();
    }

    @Bean
    IntakeService intakeService(PortalDatabase database, Clock clock, WorkingHours workingHours) {
        return new IntakeService(database, clock, workingHours);
    }

    @Bean
    DossierWorkflow dossierWorkflow(PortalDatabase database, Clock clock, WorkingHours workingHours) {
        return new DossierWorkflow(database, clock, workingHours);
    }

    @Bean
    RatingService ratingService(PortalDatabase database, Clock clock) {
        return new RatingService(database, clock);
    }

    /** Documents under {@code <data-dir>/documents}, content-addressed. */
    @Bean
    DocumentStore documentStore(PortalDatabase database, PortalProperties portal, WarehouseProperties platform,
                                Clock clock) {
        return new DocumentStore(database, platform.dataDir().resolve("documents"), portal.maxDocument().toBytes(),
                clock);
    }

    @Bean
    PortalQueries portalQueries(PortalDatabase database) {
        return new PortalQueries(database);
    }
}
