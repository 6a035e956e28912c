package org.tthc.warehouse.clickhouse;

import java.nio.file.Path;

/**
 * A JVM of its own that leaves chDB with merges running and exits without closing it, as an application stopped by a
 * signal would. Run as a child process by {@link ClickHouseChdbProcessTest}: before {@link ChdbProcess} shut chDB down
 * at exit, such a JVM died with SIGSEGV or SIGABRT in libchdb.so in most runs.
 *
 * <p>Arguments: the path of libchdb.so and a storage folder.
 */
public final class ChdbExitProbe {
    private ChdbExitProbe() {
    }

    public static void main(String[] args) {
        ChdbEngine engine = ChdbEngine.open(Path.of(args[0]), Path.of(args[1]));
        engine.execute("CREATE TABLE busy (id Int64, day Date) ENGINE = MergeTree PARTITION BY toYYYYMM(day) ORDER BY id");
        for (int i = 0; i < 2; i++) {
            // Small blocks make many small parts, which chDB's background threads are still merging at exit.
            engine.execute("INSERT INTO busy SELECT number, toDate('2025-01-01') + number % 180 FROM numbers(1000000)"
                    + " SETTINGS max_block_size = 20000, min_insert_block_size_rows = 20000");
        }
        System.out.println("exiting with chDB open");
    }
}
