package org.tthc.api.national;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tthc.national.statistics-push.*}: queueing each closed month's MStatistic and MVotes packets (and the year's
 * MStatistic after December) without an operator (docs/national-sync.md, "Scheduled"). Off by default.
 *
 * @param enabled whether the running app queues them on {@code cron}
 * @param cron    Spring cron (six fields) in Asia/Ho_Chi_Minh; default every day at 06:00, which queues a month once,
 *                on the first run after its grace day
 */
@ConfigurationProperties("tthc.national.statistics-push")
public record StatisticsPushProperties(@DefaultValue("false") boolean enabled,
                                       @DefaultValue("0 0 6 * * *") String cron) {
}
