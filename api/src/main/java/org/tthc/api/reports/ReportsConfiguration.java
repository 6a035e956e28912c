package org.tthc.api.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.tthc.api.config.WarehouseProperties;
import org.tthc.api.control.ControlDatabase;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.reports.ReportPack;
import org.tthc.reports.data.SparkReportData;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.quality.QualityGate;

/** Wires the report pack over the warehouse, the run ledger, the delivery and its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ReportsConfiguration {

    @Bean
    ReportPack reportPack(DeltaWarehouse warehouse, Clock clock) {
        return new ReportPack(new SparkReportData(warehouse, clock));
    }

    @Bean
    ReportRuns reportRuns(ControlDatabase database) {
        return new ReportRuns(database);
    }

    @Bean
    ReportDelivery reportDelivery(ReportPack pack, DeltaWarehouse warehouse, ReportRuns runs,
                                  ReportProperties properties, WarehouseProperties platform,
                                  ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        Optional<ReportMail> mail = Optional.ofNullable(mailSender.getIfAvailable())
                .map(sender -> new ReportMail(sender, properties.delivery().mail().from()));
        Path output = properties.outputDir() != null ? properties.outputDir() : platform.dataDir().resolve("reports");
        QualityGate gate = QualityGate.spark(warehouse, clock);
        return new ReportDelivery(pack, gate::check, runs, properties, mail, output,
                duration -> Thread.sleep(duration.toMillis()), clock);
    }

    @Bean
    ReportSchedule reportSchedule(ReportDelivery delivery, ReportProperties properties) {
        return new ReportSchedule(delivery, properties.schedule(), WorkingCalendar.vietnam());
    }
}
