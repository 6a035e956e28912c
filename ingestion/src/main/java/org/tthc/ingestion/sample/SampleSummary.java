package org.tthc.ingestion.sample;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A finished generation run.
 *
 * @param dossiers           distinct dossiers generated
 * @param resyncedDuplicates dossier records written a second time with newer state (re-syncs)
 * @param events             progress events written
 * @param files              files written, catalogue included
 */
public record SampleSummary(Path directory, long dossiers, long resyncedDuplicates, long events, int files,
                            Duration elapsed) {
    public double seconds() {
        return elapsed.toNanos() / 1e9;
    }

    public double dossiersPerSecond() {
        return seconds() == 0 ? 0 : dossiers / seconds();
    }

    @Override
    public String toString() {
        return String.format("%,d dossiers (%,d re-synced twice), %,d events, %d files in %.1f s: %,.0f dossiers/s -> %s",
                dossiers, resyncedDuplicates, events, files, seconds(), dossiersPerSecond(), directory);
    }
}
