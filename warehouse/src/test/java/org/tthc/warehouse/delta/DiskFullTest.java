package org.tthc.warehouse.delta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.procedure.Procedure;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;
import org.tthc.warehouse.SmallDisk;
import org.tthc.warehouse.spark.SharedSpark;

/**
 * A full data folder (the reliability issue's disk-full fault): the warehouse lives on a {@link SmallDisk} of its own,
 * while Spark's scratch space stays on the machine's disk. A write that runs out of space fails with a message saying
 * so, the table keeps its version and its rows, and the same write succeeds once there is space again.
 */
class DiskFullTest {
    private static final int DISK_MEGABYTES = 16;
    /** What the filler leaves free: less than the second batch needs. */
    private static final long LEFT_FREE = 128 * 1024;
    private static final String DISTRICT = "000.00.02.H01";
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 3, 31, 23, 59, 59);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-01T17:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void aBatchThatFillsTheDataFolderFailsClearlyCommitsNothingAndSucceedsOnceThereIsSpace() throws IOException {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), DISK_MEGABYTES)) {
            DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(),
                    disk.folder().resolve("warehouse"), CLOCK);
            List<DossierRecord> first = dossiers(0, 200);
            List<DossierRecord> second = dossiers(200, 4_200);
            IngestBatch firstBatch = warehouse.openBatch("first");
            firstBatch.addDossiers(first);
            firstBatch.commit();
            long version = version(warehouse);
            List<String> commits = commits(warehouse);

            IngestBatch secondBatch = warehouse.openBatch("second");
            secondBatch.addDossiers(second.subList(0, second.size() - 1));
            // waits until the chunk before is staged: the disk fills up between staging and commit
            secondBatch.addDossiers(second.subList(second.size() - 1, second.size()));
            Path filler = disk.fillLeaving(disk.folder().resolve("filler"), LEFT_FREE);

            assertThatThrownBy(secondBatch::commit).isInstanceOf(DataFolderFullException.class)
                    .hasMessageContaining("the data folder " + warehouse.root() + " is full (No space left on device)")
                    .hasMessageContaining("table silver/dossier")
                    .hasMessageContaining("nothing was committed, the table stays at version " + version);
            assertThat(version(warehouse)).isEqualTo(version);
            assertThat(commits(warehouse)).isEqualTo(commits);
            assertThat(storedCodes(warehouse)).containsExactlyInAnyOrderElementsOf(codes(first));

            Files.delete(filler);
            IngestBatch again = warehouse.openBatch("second");
            again.addDossiers(second);
            again.commit();
            assertThat(storedCodes(warehouse))
                    .containsExactlyInAnyOrderElementsOf(codes(Stream.concat(first.stream(), second.stream()).toList()));
        }
    }

    @Test
    void aWriteWhoseDataFitsButWhoseCommitDoesNotCommitsNothing() throws IOException {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), DISK_MEGABYTES)) {
            DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(),
                    disk.folder().resolve("warehouse"), CLOCK);
            Procedure first = procedure("1.001");
            Procedure second = procedure("1.002");
            warehouse.upsertProcedures(List.of(first));
            long version = version(warehouse, WarehouseTable.PROCEDURE);
            List<String> commits = commits(warehouse, WarehouseTable.PROCEDURE);
            List<String> dataFiles = dataFiles(warehouse, WarehouseTable.PROCEDURE);
            // The table is rewritten whole: two rows, two small Parquet files (local[2] writes a row per task), each
            // a page and a page for Hadoop's checksum of it; no page left for the commit in the log.
            Path filler = disk.fillLeaving(disk.folder().resolve("filler"), 4 * SmallDisk.PAGE);

            assertThatThrownBy(() -> warehouse.upsertProcedures(List.of(second)))
                    .isInstanceOf(DataFolderFullException.class)
                    .hasMessageContaining("the data folder " + warehouse.root() + " is full (No space left on device)")
                    .hasMessageContaining("table silver/procedure")
                    .as("Delta's log store met the full disk").hasStackTraceContaining("LogStore.write")
                    .hasMessageContaining("nothing was committed, the table stays at version " + version);
            assertThat(dataFiles(warehouse, WarehouseTable.PROCEDURE)).as("the new data files were written")
                    .hasSizeGreaterThan(dataFiles.size());
            assertThat(version(warehouse, WarehouseTable.PROCEDURE)).isEqualTo(version);
            assertThat(commits(warehouse, WarehouseTable.PROCEDURE)).isEqualTo(commits);
            assertThat(procedureCodes(warehouse)).containsExactly("1.001");

            Files.delete(filler);
            warehouse.upsertProcedures(List.of(second));
            assertThat(procedureCodes(warehouse)).containsExactlyInAnyOrder("1.001", "1.002");
        }
    }

    private static long version(DeltaWarehouse warehouse) {
        return version(warehouse, WarehouseTable.DOSSIER);
    }

    private static long version(DeltaWarehouse warehouse, WarehouseTable table) {
        return warehouse.tableVersions(Set.of(table)).get(table);
    }

    private static List<String> commits(DeltaWarehouse warehouse) throws IOException {
        return commits(warehouse, WarehouseTable.DOSSIER);
    }

    /** The commit files of the table's Delta log. */
    private static List<String> commits(DeltaWarehouse warehouse, WarehouseTable table) throws IOException {
        return files(warehouse.tablePath(table).resolve("_delta_log"), "\\d{20}\\.json");
    }

    /** The Parquet files in the table's folder, in its log or not. */
    private static List<String> dataFiles(DeltaWarehouse warehouse, WarehouseTable table) throws IOException {
        return files(warehouse.tablePath(table), "part-.*\\.parquet");
    }

    private static List<String> files(Path folder, String namePattern) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.matches(namePattern)).sorted().toList();
        }
    }

    private static List<String> procedureCodes(DeltaWarehouse warehouse) {
        return warehouse.table(WarehouseTable.PROCEDURE).select("code").collectAsList().stream()
                .map(r -> r.getString(0)).toList();
    }

    private static Procedure procedure(String code) {
        return new Procedure(code, "Thủ tục " + code, "LV1", "Lĩnh vực", 3, 10, ProcessingTimeUnit.WORKING_DAYS, 0);
    }

    private static List<String> storedCodes(DeltaWarehouse warehouse) {
        return warehouse.table(WarehouseTable.DOSSIER).select("dossier_code").collectAsList().stream()
                .map(r -> r.getString(0)).toList();
    }

    private static List<String> codes(List<DossierRecord> dossiers) {
        return dossiers.stream().map(DossierRecord::dossierCode).toList();
    }

    /** Dossiers {@code from} to {@code to} (exclusive), with titles that do not compress. */
    private static List<DossierRecord> dossiers(int from, int to) {
        Random random = new Random(from);
        List<DossierRecord> dossiers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String code = DISTRICT + "-250331-" + i;
            dossiers.add(new DossierRecord("portal-lite", code, "1.001", "Thủ tục", "LV1", "Lĩnh vực", Channel.ONLINE,
                    null, "Hồ sơ " + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()),
                    DISTRICT, "Huyện", RECEIVED, RECEIVED.plusDays(10), StatusCode.PROCESSING, null, null, List.of(),
                    null, RECEIVED.plusHours(1)));
        }
        return dossiers;
    }
}
