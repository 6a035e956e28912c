package org.tthc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.api.ApiTestData;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;


/**
 * {@code ./tthc report}: the pack of one organisation and period written into the output folder, the paths on
 * standard output, and a second run writing version 2 beside version 1.
 */
class ReportCommandTest {
    private static final String PROVINCE = "000.00.00.H02";
    private static final String DISTRICT = "000.00.02.H02";
    /** Received in early April 2025, due on 26 April, still pending: overdue at the end of April. */
    private static final LocalDateTime RECEIVED = AprilDossiers.RECEIVED;

    @TempDir
    Path data;

    @TempDir
    Path out;

    @Test
    void reportWritesEveryReportOfTheOrganisationAndARerunWritesVersionTwo() throws IOException {
        Path folder = data;
        aprilDossiers(EmptyWarehouses.create(ApiTestData.sparkSession(),
                folder.resolve("warehouse")));

        CommandRun first = run("--data", folder.toString(), "--period", "2025-04", "--org", PROVINCE, "--out", out.toString(),
                "--format", "pdf,csv", "--today", "2025-05-15");
        CommandRun second = run("--data", folder.toString(), "--period", "2025-04", "--org", PROVINCE, "--out",
                out.toString(), "--format", "csv", "--today", "2025-05-15");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().lines().map(line -> Path.of(line).getFileName().toString())).containsExactly(
                PROVINCE + "_form06_2025-04_v1.pdf", PROVINCE + "_form06_2025-04_v1.csv",
                PROVINCE + "_late-dossiers_2025-04_v1.pdf", PROVINCE + "_late-dossiers_2025-04_v1.csv",
                PROVINCE + "_overview_2025-04_v1.pdf", PROVINCE + "_overview_2025-04_v1.csv",
                PROVINCE + "_satisfaction_2025-04_v1.pdf", PROVINCE + "_satisfaction_2025-04_v1.csv",
                PROVINCE + "_service-index_2025-04_v1.pdf", PROVINCE + "_service-index_2025-04_v1.csv");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out().lines().map(line -> Path.of(line).getFileName().toString())).containsExactly(
                PROVINCE + "_form06_2025-04_v2.csv", PROVINCE + "_late-dossiers_2025-04_v2.csv",
                PROVINCE + "_overview_2025-04_v2.csv", PROVINCE + "_satisfaction_2025-04_v2.csv",
                PROVINCE + "_service-index_2025-04_v2.csv");
        assertThat(out.resolve(PROVINCE + "_form06_2025-04_v1.pdf")).exists();
        String lateDossiers = Files.readString(out.resolve(PROVINCE + "_late-dossiers_2025-04_v1.csv"));
        assertThat(lateDossiers.lines().filter(line -> line.contains("Đang giải quyết quá hạn")))
                .as("the four pending overdue dossiers").hasSize(4);
    }

    private static void aprilDossiers(DeltaWarehouse delta) {
        AprilDossiers.load(delta, AprilDossiers.province(PROVINCE, "UBND tỉnh Thử"),
                AprilDossiers.district(DISTRICT, "UBND huyện Thử", PROVINCE), "report-command-test");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(ReportCommand::new, args);
    }
}
