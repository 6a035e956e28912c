package org.tthc.api.ingest;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.ingestion.portal.PortalPull;
import org.tthc.ingestion.portal.PortalPullSummary;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.warehouse.delta.DeltaWarehouse;

/**
 * Pulls portal-lite's database into the warehouse on the schedule {@code tthc.ingestion.portal-pull.cron} (Spring
 * cron, default every 5 minutes; {@code -} turns it off). One ingestion at a time: a tick that finds a push or an
 * earlier pull still running is skipped. A failed pull is recorded failed in the run ledger by {@link PortalPull}
 * and logged as an error here; the next tick tries again from the last committed watermark.
 */
public class PortalPullSchedule {
    public static final String CRON = "${tthc.ingestion.portal-pull.cron:0 */5 * * * *}";
    private static final Logger log = LoggerFactory.getLogger(PortalPullSchedule.class);

    private final DeltaWarehouse warehouse;
    private final PortalDatabase portal;
    private final ApplicantHasher hasher;
    private final IngestionLock lock;
    private final Clock clock;

    public PortalPullSchedule(DeltaWarehouse warehouse, PortalDatabase portal, ApplicantHasher hasher,
                              IngestionLock lock, Clock clock) {
        this.warehouse = warehouse;
        this.portal = portal;
        this.hasher = hasher;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(cron = CRON)
    public void pull() {
        boolean ran = lock.ifIdle(() -> {
            try {
                PortalPullSummary summary = new PortalPull(warehouse, portal.dsl(), PortalPull.SOURCE_SYSTEM, clock,
                        hasher, log::debug).pull();
                log.info("scheduled portal pull: {}", summary);
            } catch (RuntimeException e) {
                log.error("scheduled portal pull failed (recorded in the run ledger; the next run resumes from the"
                        + " last committed watermark): {}", e.getMessage(), e);
            }
        });
        if (!ran) {
            log.info("scheduled portal pull skipped: another ingestion run is in progress");
        }
    }
}
