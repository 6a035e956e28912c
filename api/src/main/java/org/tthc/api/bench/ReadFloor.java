package org.tthc.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * The memory-bandwidth floor of the statistics: the bytes of the columns they read, uncompressed (as the Parquet
 * footers of the tables' current files give them), divided by the rate at which this machine reads memory
 * sequentially with all its cores. No engine can compute the statistics faster than it reads their input once.
 */
public final class ReadFloor {
    /** The columns the statistics read (statistics/dossier-outcomes.sql and its ClickHouse twin), per table. */
    public static final Map<WarehouseTable, Set<String>> STATISTICS_COLUMNS = Map.of(
            WarehouseTable.DOSSIER, Set.of("source_system", "dossier_code", "handling_org_code", "received_at",
                    "due_at", "status", "finished_at", "channel", "original_dossier_code"),
            WarehouseTable.DOSSIER_EVENT, Set.of("source_system", "dossier_code", "event_id", "occurred_at", "status"),
            WarehouseTable.DOSSIER_SUPPLEMENT, Set.of("source_system", "dossier_code", "round_no", "requested_at",
                    "completed_at", "due_after"));

    private static final int BUFFER_BYTES = 512 << 20;
    private static final int PASSES = 5;

    private ReadFloor() {
    }

    /** Uncompressed bytes of {@link #STATISTICS_COLUMNS} in the current version of each table. */
    public static long statisticsBytes(DeltaWarehouse warehouse) {
        long bytes = 0;
        Configuration conf = warehouse.session().sparkContext().hadoopConfiguration();
        for (Map.Entry<WarehouseTable, Set<String>> entry : STATISTICS_COLUMNS.entrySet()) {
            for (String file : warehouse.table(entry.getKey()).inputFiles()) {
                bytes += columnBytes(file, entry.getValue(), conf);
            }
        }
        return bytes;
    }

    private static long columnBytes(String file, Set<String> columns, Configuration conf) {
        try (ParquetFileReader reader = ParquetFileReader.open(
                HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(URI.create(file)), conf))) {
            long bytes = 0;
            for (BlockMetaData block : reader.getFooter().getBlocks()) {
                for (ColumnChunkMetaData column : block.getColumns()) {
                    if (columns.contains(column.getPath().toDotString())) {
                        bytes += column.getTotalUncompressedSize();
                    }
                }
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the footer of " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Bytes per second at which all cores together sum a 512 MiB buffer of longs, the best of five passes (the
     * first touches the pages).
     */
    public static double sequentialReadRate() {
        int threads = Runtime.getRuntime().availableProcessors();
        LongBuffer memory = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
        for (int i = 0; i < memory.capacity(); i++) {
            memory.put(i, i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double best = 0;
            for (int pass = 0; pass < PASSES; pass++) {
                long start = System.nanoTime();
                List<Future<Long>> sums = new ArrayList<>();
                int slice = memory.capacity() / threads;
                for (int t = 0; t < threads; t++) {
                    int from = t * slice;
                    int to = t == threads - 1 ? memory.capacity() : from + slice;
                    sums.add(pool.submit(() -> sum(memory, from, to)));
                }
                long total = 0;
                for (Future<Long> sum : sums) {
                    total += sum.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (total == 42) {
                    System.err.print(""); // keeps the sums alive
                }
                best = Math.max(best, BUFFER_BYTES / seconds);
            }
            return best;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the read rate", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("measuring the read rate failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long sum(LongBuffer memory, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += memory.get(i);
        }
        return sum;
    }

    /** The floor as a benchmark row: computed, not run. */
    public static Benchmark benchmark(DeltaWarehouse warehouse) {
        return new Benchmark() {
            @Override
            public String name() {
                return "floor";
            }

            @Override
            public String description() {
                return "bytes of the columns the statistics read ÷ this machine's sequential memory read rate";
            }

            @Override
            public String run() {
                throw new UnsupportedOperationException("the floor is computed, not run");
            }

            @Override
            public Measurement computed() {
                long bytes = statisticsBytes(warehouse);
                double rate = sequentialReadRate();
                return new Measurement(name(), List.of(bytes / rate), String.format(Locale.ROOT,
                        "%,d MB of columns at %,.0f MB/s", bytes / 1_000_000, rate / 1e6));
            }
        };
    }
}
