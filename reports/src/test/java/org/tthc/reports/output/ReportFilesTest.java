package org.tthc.reports.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names {@code {org}_{report}_{period}_v{n}.{ext}}; the next version is one more than the highest of any format; a
 * run's files appear only when it publishes them, and a dead run's staging folder is cleared by the next.
 */
class ReportFilesTest {
    @Test
    void firstVersionIsOneAndARegenerationGetsTheNextVersionWhateverTheFormat(@TempDir Path folder) throws IOException {
        ReportFiles files = new ReportFiles(folder.resolve("out"));
        assertThat(files.nextVersion("000.00.00.H99", "form06", "2025-10")).isEqualTo(1);

        Path pdf = files.path("000.00.00.H99", "form06", "2025-10", 1, "pdf");
        Files.writeString(pdf, "v1");
        Files.writeString(files.path("000.00.00.H99", "form06", "2025-10", 2, "csv"), "v2");
        Files.writeString(files.path("000.00.00.H99", "overview", "2025-10", 7, "pdf"), "other report");
        Files.writeString(files.path("000.00.00.H99", "form06", "2025-11", 9, "pdf"), "other period");

        assertThat(pdf.getFileName()).hasToString("000.00.00.H99_form06_2025-10_v1.pdf");
        assertThat(files.nextVersion("000.00.00.H99", "form06", "2025-10")).isEqualTo(3);
        assertThat(pdf).hasContent("v1");
    }

    @Test
    void customPeriodsKeepPortableFileNames(@TempDir Path folder) {
        assertThat(new ReportFiles(folder).path("H99", "form06", "2025-09-15..2025-10-14", 1, "pdf").getFileName())
                .hasToString("H99_form06_2025-09-15..2025-10-14_v1.pdf");
    }

    @Test
    void aBatchsFilesAppearOnlyWhenPublishedAndAFailedBatchLeavesNothing(@TempDir Path folder) throws IOException {
        ReportFiles files = new ReportFiles(folder);
        Path pdf = files.path("H99", "form06", "2025-10", 1, "pdf");
        try (ReportFiles.Batch failed = files.batch()) {
            Files.writeString(failed.stage(pdf), "half a report");
            assertThat(pdf).doesNotExist();
            assertThat(files.nextVersion("H99", "form06", "2025-10")).as("a staged file is no version").isEqualTo(1);
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("a batch closed unpublished leaves nothing").isEmpty();
        }

        try (ReportFiles.Batch batch = files.batch()) {
            Files.writeString(batch.stage(pdf), "the report");
            assertThat(batch.publish()).containsExactly(pdf);
        }
        assertThat(pdf).hasContent("the report");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(pdf);
        }
    }

    @Test
    void theStagingFolderOfAKilledRunIsDeletedByTheNextRunButNotALiveOnes(@TempDir Path folder) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path killed = Files.createDirectories(folder.resolve(".partial-" + ended.pid() + "-1"));
        Files.writeString(killed.resolve("H99_form06_2025-10_v1.pdf"), "half a report");
        Path live = Files.createDirectories(folder.resolve(".partial-" + ProcessHandle.current().pid() + "-1"));

        try (ReportFiles.Batch batch = new ReportFiles(folder).batch()) {
            assertThat(killed).doesNotExist();
            assertThat(live).exists();
        }
    }
}
