package org.tthc.api.national.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tthc.national.dossier-sync.*}: queueing portal-lite's dossiers and processing events for the national portal
 * (docs/national-sync.md, "Dossier packets"). Off by default: only deployments that sync dossiers turn it on.
 *
 * @param enabled whether the running app queues them on {@code cron}
 * @param cron    Spring cron (six fields) in Asia/Ho_Chi_Minh; default every 5 minutes
 */
@ConfigurationProperties("tthc.national.dossier-sync")
public record DossierSyncProperties(@DefaultValue("false") boolean enabled,
                                    @DefaultValue("0 */5 * * * *") String cron) {
}
