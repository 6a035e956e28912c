package org.tthc.api.national.dossier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.tthc.domain.TthcTime;

/**
 * Runs a dossier-sync pass on {@code tthc.national.dossier-sync.cron} when {@code tthc.national.dossier-sync.enabled}.
 * Spring's scheduler runs one task at a time, so passes never overlap. A failed pass is logged as an error and
 * commits no watermark: the next run repeats it, and what it had queued is already queued.
 */
public final class DossierSyncSchedule implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(DossierSyncSchedule.class);

    private final DossierSync sync;
    private final DossierSyncProperties settings;

    public DossierSyncSchedule(DossierSync sync, DossierSyncProperties settings) {
        this.sync = sync;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!settings.enabled()) {
            log.info("dossier sync to the national portal is off (tthc.national.dossier-sync.enabled)");
            return;
        }
        registrar.addTriggerTask(this::pass, new CronTrigger(settings.cron(), TthcTime.ZONE));
        log.info("dossier sync scheduled: cron '{}' ({})", settings.cron(), TthcTime.ZONE);
    }

    private void pass() {
        try {
            DossierSyncReport report = sync.queueChanges();
            if (report.toChangeSeq() > report.fromChangeSeq()) {
                log.info("dossier sync: {}", report);
            }
        } catch (RuntimeException e) {
            log.error("dossier sync pass failed; the next run repeats it from the last committed change: {}",
                    e.getMessage(), e);
        }
    }
}
