package org.tthc.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.util.FileSystemUtils;
import org.tthc.ingestion.packetfile.IngestionSummary;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.ingestion.sample.ProgressListener;
import org.tthc.ingestion.sample.SampleConfig;
import org.tthc.ingestion.sample.SampleGenerator;
import org.tthc.ingestion.sample.SampleProgress;
import org.tthc.warehouse.delta.DeltaWarehouse;

/**
 * The data of a tier, generated and ingested once and reused by later runs: {@code ROOT/T1-1000000x12-seed1/packets}
 * holds the generated packet files and {@code ROOT/T1-1000000x12-seed1/data} the Delta warehouse ingested from them
 * (the folder names the tier's size, so data made for an earlier size of a tier is never reused). A {@code ready} file
 * written last marks a complete preparation; without it (a run interrupted while preparing) both are made again.
 */
public final class BenchData {
    private static final String READY = "ready";
    /** Marks a complete set of packet files (the generator writes them over several seconds to minutes). */
    private static final String COMPLETE = ".complete";

    private final Tier tier;
    private final long seed;
    private final Path folder;

    public BenchData(Path root, Tier tier, long seed) {
        this.tier = tier;
        this.seed = seed;
        this.folder = root.resolve(tier + "-" + tier.dossiers() + "x" + tier.months() + "-seed" + seed);
    }

    public Tier tier() {
        return tier;
    }

    public SampleConfig config() {
        return SampleConfig.of(tier.dossiers(), tier.months(), seed);
    }

    /** The day the statistics are evaluated as of: the data's snapshot day, after its last month. */
    public LocalDate today() {
        return config().snapshotDay();
    }

    public Path packets() {
        return folder.resolve("packets");
    }

    public Path data() {
        return folder.resolve("data");
    }

    /** Where benchmarks keep what they write and throw away (an ingest target, an update batch). */
    public Path scratch() {
        return folder.resolve("scratch");
    }

    public boolean ready() {
        return Files.isRegularFile(folder.resolve(READY));
    }

    /** Generates the packet files when missing; returns the folder. */
    public Path ensurePackets(Consumer<String> progress) {
        Path packets = packets();
        if (Files.isRegularFile(packets.resolve(COMPLETE))) {
            return packets;
        }
        deleteRecursively(packets);
        progress.accept("generating " + tier + " (" + String.format("%,d", tier.dossiers()) + " dossiers, seed " + seed
                + ") into " + packets);
        try {
            new SampleGenerator(config()).generate(packets, new ProgressListener() {
                @Override
                public void progress(SampleProgress p) {
                    progress.accept("generate: " + p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the packet files into " + packets + ": " + e.getMessage(), e);
        }
        write(packets.resolve(COMPLETE), "");
        return packets;
    }

    /** Ingests the packet files into {@code warehouse} (which must live under {@link #data()}) unless done before. */
    public void ensureIngested(DeltaWarehouse warehouse, Consumer<String> progress) {
        if (ready()) {
            progress.accept("reusing " + folder + " (delete it to generate and ingest again)");
            return;
        }
        Path packets = ensurePackets(progress);
        progress.accept("ingesting " + packets + " into " + data() + " (once; later runs reuse it)");
        IngestionSummary summary = new PacketFileIngestion(warehouse, "bench", Clock.systemUTC(),
                line -> progress.accept("ingest: " + line)).ingest(List.of(packets));
        progress.accept("ingest: " + summary);
        write(folder.resolve(READY), "tier " + tier + ", seed " + seed + "\n" + summary + "\n");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path path) {
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }
}
