package org.tthc.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Pins every default and property name of {@code tthc.reports.*}. */
class ReportPropertiesTest {

    @Test
    void defaultsScheduleTheMonthOnTheFifthAtSevenAndDeliverNowhereButTheOutputFolder() {
        ReportProperties p = bind(Map.of());
        assertThat(p.schedule().month()).isEqualTo("0 0 7 5 * *");
        assertThat(p.schedule().quarter()).isEqualTo("0 0 7 5 1,4,7,10 *");
        assertThat(p.schedule().year()).isEqualTo("0 0 7 5 1 *");
        assertThat(p.reports()).as("empty: all").isEmpty();
        assertThat(p.formats()).containsExactly("pdf", "xlsx", "csv");
        assertThat(p.org()).isEmpty();
        assertThat(p.outputDir()).isNull();
        assertThat(p.delivery().folder()).isNull();
        assertThat(p.delivery().mail().enabled()).isFalse();
        assertThat(p.delivery().mail().to()).isEmpty();
        assertThat(p.delivery().mail().from()).isEqualTo("tthc-reports@localhost");
        assertThat(p.delivery().mail().subject()).isEqualTo("Báo cáo TTHC");
        assertThat(p.retry().maxAttempts()).isEqualTo(3);
        assertThat(p.retry().initialBackoff()).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.retry().multiplier()).isEqualTo(2.0);
        assertThat(p.retry().maxBackoff()).isEqualTo(Duration.ofMinutes(30));
        assertThat(p.operatorMail()).isEmpty();
    }

    @Test
    void propertiesBindByTheirDocumentedNames() {
        ReportProperties p = bind(Map.ofEntries(
                Map.entry("tthc.reports.schedule.month", "0 30 6 3 * *"),
                Map.entry("tthc.reports.schedule.quarter", "-"),
                Map.entry("tthc.reports.reports", "form06,satisfaction"),
                Map.entry("tthc.reports.formats", "pdf"),
                Map.entry("tthc.reports.org", "000.00.00.H97"),
                Map.entry("tthc.reports.output-dir", "/srv/reports"),
                Map.entry("tthc.reports.delivery.folder", "/mnt/share"),
                Map.entry("tthc.reports.delivery.mail.enabled", "true"),
                Map.entry("tthc.reports.delivery.mail.from", "bao-cao@tinh.gov.vn"),
                Map.entry("tthc.reports.delivery.mail.to", "a@tinh.gov.vn,b@tinh.gov.vn"),
                Map.entry("tthc.reports.delivery.mail.subject", "Báo cáo"),
                Map.entry("tthc.reports.retry.max-attempts", "5"),
                Map.entry("tthc.reports.retry.initial-backoff", "10s"),
                Map.entry("tthc.reports.operator-mail", "ops@tinh.gov.vn")));
        assertThat(p.schedule().month()).isEqualTo("0 30 6 3 * *");
        assertThat(p.schedule().quarter()).isEqualTo("-");
        assertThat(p.reports()).containsExactly("form06", "satisfaction");
        assertThat(p.formats()).containsExactly("pdf");
        assertThat(p.org()).isEqualTo("000.00.00.H97");
        assertThat(p.outputDir()).isEqualTo(Path.of("/srv/reports"));
        assertThat(p.delivery().folder()).isEqualTo(Path.of("/mnt/share"));
        assertThat(p.delivery().mail().enabled()).isTrue();
        assertThat(p.delivery().mail().from()).isEqualTo("bao-cao@tinh.gov.vn");
        assertThat(p.delivery().mail().to()).containsExactly("a@tinh.gov.vn", "b@tinh.gov.vn");
        assertThat(p.retry().maxAttempts()).isEqualTo(5);
        assertThat(p.retry().initialBackoff()).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.operatorMail()).isEqualTo("ops@tinh.gov.vn");
    }

    private static ReportProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("tthc.reports", ReportProperties.class);
    }
}
