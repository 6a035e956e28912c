package org.tthc.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.tthc.api.ApiTestData;
import org.tthc.api.cli.AprilDossiers;
import org.tthc.api.audit.AuditEntry;
import org.tthc.api.audit.AuditEntry.Outcome;
import org.tthc.api.audit.AuditLog;
import org.tthc.api.control.ControlDatabase;
import org.tthc.domain.TthcTime;
import org.tthc.domain.period.Period;
import org.tthc.reports.ReportPack;
import org.tthc.reports.data.SparkReportData;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.quality.QualityGate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The scheduled delivery end to end on real engines: a tiny warehouse (four dossiers overdue in April 2025) on the
 * JVM's Spark session, the real quality gate, the control database (H2 file, Flyway), and a real SMTP server on
 * 127.0.0.1 (GreenMail): the mailed attachments are byte-equal to the rendered files; an empty period is not
 * delivered; a folder that cannot be written fails the run after its retries and mails the operator, and a
 * restart delivers the files it had rendered; the REST endpoints over the same fixture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDeliveryTest {
    private static final String PROVINCE = "000.00.00.H03";
    private static final Period APRIL = Period.month(2025, 4);
    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2025, 5, 15).atTime(9, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private Path work;
    private ReportPack pack;
    private QualityGate gate;
    private ControlDatabase control;
    private ReportRuns runs;

    @BeforeAll
    void aprilDossiersAndAControlDatabase() throws IOException {
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "report-delivery-");
        DeltaWarehouse warehouse = EmptyWarehouses.create(
                ApiTestData.sparkSession(), work.resolve("warehouse"));
        AprilDossiers.load(warehouse, AprilDossiers.province(PROVINCE, "UBND tỉnh Giao"),
                AprilDossiers.district("000.00.03.H03", "UBND huyện Giao", PROVINCE), "report-delivery-test");
        pack = new ReportPack(new SparkReportData(warehouse, CLOCK));
        gate = QualityGate.spark(warehouse, CLOCK);
        control = ControlDatabase.embedded(work);
        runs = new ReportRuns(control);
    }

    @AfterAll
    void close() {
        control.close();
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void aDeliveredRunMailsEveryRenderedFileByteForByteAndCopiesItToTheFolder() throws Exception {
        Path folder = work.resolve("share");
        ReportRun run = delivery(SMTP.getSmtp().getPort(), folder, "delivered").run(APRIL, "SCHEDULE");

        assertThat(run.status()).as(run.reason()).isEqualTo(ReportRunStatus.DELIVERED);
        assertThat(run.files()).hasSize(10).allSatisfy(f -> assertThat(Path.of(f)).isNotEmptyFile());
        assertThat(run.destinations()).contains("folder " + folder, "mail ketqua@tinh.gov.vn");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Báo cáo TTHC — Tháng 4 năm 2025");
        Map<String, byte[]> attachments = attachments(received[0]);
        assertThat(attachments.keySet()).containsExactlyElementsOf(
                run.files().stream().map(f -> Path.of(f).getFileName().toString()).toList());
        for (String file : run.files()) {
            Path path = Path.of(file);
            assertThat(attachments.get(path.getFileName().toString())).as(file).isEqualTo(Files.readAllBytes(path));
            assertThat(folder.resolve(path.getFileName())).hasSameBinaryContentAs(path);
        }
        assertThat(runs.find(run.id())).get().extracting(ReportRun::attempts).isEqualTo(1);
    }

    @Test
    void aPeriodWithoutDossiersIsNotDeliveredAndTheRunSaysWhy() throws Exception {
        ReportRun run = delivery(SMTP.getSmtp().getPort(), null, "empty").run(Period.month(2025, 1), "SCHEDULE");

        assertThat(run.status()).isEqualTo(ReportRunStatus.NOTHING_TO_REPORT);
        assertThat(run.reason()).isEqualTo("organisation " + PROVINCE
                + " has no dossier in play in 2025-01: there is nothing to report");
        assertThat(run.files()).isEmpty();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRunWhoseFolderCannotBeWrittenFailsAfterItsRetriesMailsTheOperatorAndARestartDeliversTheSameFiles()
            throws Exception {
        Path notAFolder = Files.writeString(work.resolve("not-a-folder"), "a file where the share should be");
        ReportRun failed = delivery(SMTP.getSmtp().getPort(), notAFolder, "failing").run(APRIL, "SCHEDULE");

        assertThat(failed.status()).isEqualTo(ReportRunStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.reason()).startsWith("attempt 2: the reports could not be copied to " + notAFolder);
        assertThat(failed.files()).as("rendered once, before the delivery failed").hasSize(10);
        MimeMessage[] notices = SMTP.getReceivedMessages();
        assertThat(notices).as("only the operator's notice").hasSize(1);
        assertThat(notices[0].getAllRecipients()[0].toString()).isEqualTo("vanhanh@tinh.gov.vn");
        assertThat(notices[0].getSubject()).contains("2025-04", "lần chạy " + failed.id());
        SMTP.purgeEmailFromAllMailboxes();

        Path share = work.resolve("share-after-fix");
        ReportRun restarted = delivery(SMTP.getSmtp().getPort(), share, "failing").restart(failed.id()).orElseThrow();

        assertThat(restarted.status()).isEqualTo(ReportRunStatus.DELIVERED);
        assertThat(restarted.id()).isEqualTo(failed.id());
        assertThat(restarted.files()).as("the same files, no new version").isEqualTo(failed.files());
        assertThat(restarted.attempts()).isEqualTo(3);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(attachments(SMTP.getReceivedMessages()[0])).hasSize(10);
        assertThat(delivery(SMTP.getSmtp().getPort(), share, "failing").restart(failed.id()))
                .as("a delivered run is not restarted").isEmpty();
    }

    @Test
    void theRestApiRendersOneReportOnDemandListsRunsAndRestartsOnlyFailedOnes() throws Exception {
        ReportDelivery delivery = delivery(SMTP.getSmtp().getPort(), null, "rest");
        ReportRun delivered = delivery.run(APRIL, "API");
        AuditLog audit = new AuditLog(control, CLOCK);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ReportsController(pack, delivery, runs, audit, CLOCK))
                .build();
        TestingAuthenticationToken office = new TestingAuthenticationToken("vanphong", null, "ROLE_OFFICE");

        byte[] pdf = mvc.perform(get("/api/reports/satisfaction").param("period", "2025-04").param("org", PROVINCE))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString(PROVINCE + "_satisfaction_2025-04_v1.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(get("/api/reports/service-index").param("period", "2025-04").param("org", PROVINCE)
                        .param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiến độ, kết quả giải quyết")));
        mvc.perform(get("/api/reports/form07").param("period", "2025-04"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("unknown report 'form07'")));
        mvc.perform(get("/api/reports/runs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(delivered.id()))
                .andExpect(jsonPath("$[0].status").value("DELIVERED"));
        mvc.perform(post("/api/reports/runs/{id}/restart", delivered.id()).principal(office))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("only a FAILED run can be restarted")));
        mvc.perform(post("/api/reports/runs/{id}/restart", 999_999).principal(office))
                .andExpect(status().isNotFound());
        assertThat(audit.latest("vanphong", "report.restart", 10))
                .extracting(AuditEntry::target, AuditEntry::outcome)
                .containsExactly(tuple("report-run/999999", Outcome.NOT_FOUND),
                        tuple("report-run/" + delivered.id(), Outcome.REFUSED));
    }

    private ReportDelivery delivery(int smtpPort, Path folder, String outputName) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        sender.setDefaultEncoding("UTF-8");
        ReportProperties properties = new ReportProperties(new ReportProperties.Schedule("-", "-", "-"), List.of(),
                List.of("pdf", "xlsx"), PROVINCE, null,
                new ReportProperties.Delivery(folder, new ReportProperties.Mail(true, "tthc@tinh.gov.vn",
                        List.of("ketqua@tinh.gov.vn"), "Báo cáo TTHC")),
                new ReportProperties.Retry(2, java.time.Duration.ofMillis(10), 2.0, java.time.Duration.ofMillis(50)),
                "vanhanh@tinh.gov.vn");
        return new ReportDelivery(pack, gate::check, runs, properties,
                Optional.of(new ReportMail(sender, "tthc@tinh.gov.vn")), work.resolve("out-" + outputName),
                duration -> Thread.sleep(duration.toMillis()), CLOCK);
    }

    private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
            }
        }
        return attachments;
    }
}
