package org.tthc.warehouse.delta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.spark.sql.SparkSession;

/**
 * New, empty warehouses for tests, copied from one made per JVM. Making a warehouse in an empty folder creates its
 * seventeen Delta tables one commit and one snapshot job at a time (15–40 s on a 2-core machine); a copy of an empty
 * one opens in a quarter of that. Delta tables addressed by path hold only relative paths, so a copied table is the
 * same table in its new place (with the template's table id, which nothing compares across paths). The template is
 * made by the constructor every warehouse goes through, so the tables are exactly what production creates;
 * {@code DeltaWarehouseTest} still creates its own from nothing.
 */
public final class EmptyWarehouses {
    private static Path template;
    private static final Map<String, Path> filled = new HashMap<>();

    private EmptyWarehouses() {
    }

    /** A warehouse in {@code root}, which must not exist or be empty, holding what a new warehouse holds. */
    public static DeltaWarehouse create(SparkSession spark, Path root, Clock clock) {
        try {
            requireEmpty(root);
            copyTree(template(spark), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the empty warehouse to " + root, e);
        }
        return new DeltaWarehouse(spark, root, clock);
    }

    /**
     * A warehouse in {@code root} holding what {@code fill} writes into a new one: {@code fill} runs once per JVM and
     * {@code name}, on a warehouse of its own, and every call copies that one into {@code root} (which must not exist
     * or be empty) and opens the copy with {@code clock}. For a fixture many test classes load alike: loading even a
     * few dozen rows is a dozen Delta commits, a copy is a folder.
     */
    public static DeltaWarehouse create(SparkSession spark, Path root, Clock clock, String name,
                                        Consumer<DeltaWarehouse> fill) {
        Path source;
        synchronized (EmptyWarehouses.class) {
            source = filled.get(name);
            if (source == null) {
                try {
                    source = Files.createTempDirectory("tthc-warehouse-" + name);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot make a folder for the warehouse " + name, e);
                }
                fill.accept(create(spark, source, clock));
                filled.put(name, source);
            }
        }
        try {
            requireEmpty(root);
            copyTree(source, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the warehouse " + name + " to " + root, e);
        }
        return new DeltaWarehouse(spark, root, clock);
    }

    /** {@link #create(SparkSession, Path, Clock)} with the system clock. */
    public static DeltaWarehouse create(SparkSession spark, Path root) {
        return create(spark, root, Clock.systemUTC());
    }

    private static void requireEmpty(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            try (var entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(root + " is not empty: open it with new DeltaWarehouse");
                }
            }
        }
    }

    /** Copies the folder {@code from}, everything under it, to {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static synchronized Path template(SparkSession spark) throws IOException {
        if (template == null) {
            Path folder = Files.createTempDirectory("tthc-empty-warehouse");
            new DeltaWarehouse(spark, folder, Clock.systemUTC());
            template = folder;
        }
        return template;
    }
}
