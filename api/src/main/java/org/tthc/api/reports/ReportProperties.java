package org.tthc.api.reports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tthc.reports.*}: the scheduled report pack and its delivery (docs/configuration.md).
 *
 * @param schedule     a Spring cron per period kind ({@code -} turns one off); a run falling on a day that is not a
 *                     working day moves to the next working day at the same time
 * @param reports      the reports of the pack delivered ({@code form06, late-dossiers, overview, satisfaction,
 *                     service-index}); empty: all
 * @param formats      pdf, xlsx, csv
 * @param org          one organisation code; empty: every level-1 organisation with dossiers in the period
 * @param outputDir    where the files are rendered (versioned names); empty: {@code <data-dir>/reports}
 * @param delivery     where they go: a folder and/or mail
 * @param retry        attempts and backoff of a failing run
 * @param operatorMail who is mailed when a run finally fails; empty: only the log
 */
@ConfigurationProperties("tthc.reports")
public record ReportProperties(@DefaultValue Schedule schedule,
                               List<String> reports,
                               List<String> formats,
                               @DefaultValue("") String org,
                               Path outputDir,
                               @DefaultValue Delivery delivery,
                               @DefaultValue Retry retry,
                               @DefaultValue("") String operatorMail) {

    public ReportProperties {
        reports = reports == null ? List.of() : List.copyOf(reports);
        formats = formats == null || formats.isEmpty() ? List.of("pdf", "xlsx", "csv") : List.copyOf(formats);
    }

    /** Default: the 5th of each month at 07:00 for the month before; quarters and years on the 5th after them. */
    public record Schedule(@DefaultValue("0 0 7 5 * *") String month,
                           @DefaultValue("0 0 7 5 1,4,7,10 *") String quarter,
                           @DefaultValue("0 0 7 5 1 *") String year) {
    }

    /**
     * @param folder copy of every file of a run into this folder; empty: no folder delivery
     * @param mail   one mail per run with every file attached
     */
    public record Delivery(Path folder, @DefaultValue Mail mail) {
    }

    /** Sent through Boot's {@code spring.mail.*} server. */
    public record Mail(@DefaultValue("false") boolean enabled,
                       @DefaultValue("tthc-reports@localhost") String from,
                       List<String> to,
                       @DefaultValue("Báo cáo TTHC") String subject) {
        public Mail {
            to = to == null ? List.of() : List.copyOf(to);
        }
    }

    public record Retry(@DefaultValue("3") int maxAttempts,
                        @DefaultValue("1m") Duration initialBackoff,
                        @DefaultValue("2.0") double multiplier,
                        @DefaultValue("30m") Duration maxBackoff) {
    }
}
